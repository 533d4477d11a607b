package dev.opsledger.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.failover.FailoverEvent.FailoverCompleted;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnnouncementTest {

    @Test
    void escapes_quotes_backslashes_and_control_characters_in_the_webhook_body() {
        Announcement announcement = new Announcement("say \"hi\" \\ bye\n");

        assertThat(announcement.json()).isEqualTo("{\"text\":\"say \\\"hi\\\" \\\\ bye\\u000a\"}");
    }

    @Test
    void names_the_stream_of_an_event_it_has_no_sentence_for() {
        RecordedEvent failover = new RecordedEvent(RegionPair.DEFAULT.stream(), 2, new EventId("e-2"),
                new FailoverCompleted(Region.US_WEST_2, 1, Instant.parse("2026-03-02T10:00:00Z")));

        assertThat(Announcement.of(failover).text()).isEqualTo(RegionPair.DEFAULT.stream() + ": event 2 recorded");
    }
}
