package dev.opsledger.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.aws.json.EventCodec;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CommitItemsTest {

    @Test
    void reads_a_commit_s_feed_position_from_its_keys_without_its_events() {
        StreamId stream = StreamId.of("incident", "a b#7");
        Instant committedAt = Instant.parse("2025-03-01T10:15:30.000000123Z");
        Commit commit = new Commit(stream, 41, committedAt, List.of(
                new RecordedEvent(stream, 41, new EventId("e41"), new IncidentResolved(new IncidentId("a b#7"), committedAt))));
        Map<String, AttributeValue> item = new HashMap<>(new CommitItems(new EventCodec()).toItem(commit));
        item.remove(EventTableSchema.EVENTS);

        assertThat(CommitItems.positionOf(item)).isEqualTo(commit.position());
    }
}
