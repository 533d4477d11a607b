package dev.opsledger.inmemory;

import static dev.opsledger.inmemory.contract.SampleEvents.recorded;
import static dev.opsledger.inmemory.contract.SampleEvents.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.fault.Faults;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingEventPublisherTest {

    private final Faults faults = new Faults();
    private final RecordingEventPublisher publisher = new RecordingEventPublisher(faults);
    private final StreamId stream = stream("published");
    private final RecordedEvent a = recorded(stream, 1, "a");
    private final RecordedEvent b = recorded(stream, 2, "b");
    private final RecordedEvent c = recorded(stream, 3, "c");

    @Test
    void refuses_the_last_entries_of_a_call_and_keeps_the_others() {
        publisher.rejectNext(1);

        assertThatThrownBy(() -> publisher.publish(List.of(a, b, c)))
                .isInstanceOf(ServiceUnavailable.class).hasMessageContaining("1 of 3");

        assertThat(publisher.published()).containsExactly(a, b);
    }

    @Test
    void spreads_refusals_over_the_next_calls_until_used_up() {
        publisher.rejectNext(4);

        assertThatThrownBy(() -> publisher.publish(List.of(a, b, c))).isInstanceOf(ServiceUnavailable.class);
        assertThatThrownBy(() -> publisher.publish(List.of(a, b, c))).isInstanceOf(ServiceUnavailable.class);
        publisher.publish(List.of(a, b, c));

        assertThat(publisher.published()).containsExactly(a, b, a, b, c);
    }

    @Test
    void accepts_nothing_while_its_region_is_dark() {
        faults.goDark();

        assertThatThrownBy(() -> publisher.publish(List.of(a))).isInstanceOf(ServiceUnavailable.class);

        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void shows_each_event_once_as_an_idempotent_subscriber_keeps_them() {
        RecordedEvent sameIdElsewhere = recorded(stream("other"), 1, "a");
        publisher.publish(List.of(a, b));
        publisher.publish(List.of(b, a, sameIdElsewhere));

        assertThat(publisher.published()).hasSize(5);
        assertThat(publisher.distinctPublished()).containsExactly(a, b, sameIdElsewhere);
    }
}
