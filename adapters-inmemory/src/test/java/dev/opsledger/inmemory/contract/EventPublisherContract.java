package dev.opsledger.inmemory.contract;

import static dev.opsledger.inmemory.contract.SampleEvents.recorded;
import static dev.opsledger.inmemory.contract.SampleEvents.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link EventPublisher} contract: all accepted, or a failure that makes the caller publish again. */
public abstract class EventPublisherContract {

    /** A new publisher whose deliveries {@link #delivered()} observes. */
    protected abstract EventPublisher newPublisher();

    /** What subscribers received so far, in order, repeats included. */
    protected abstract List<RecordedEvent> delivered();

    /** Makes the bus refuse the next {@code entries} entries it is handed and accept the others. */
    protected abstract void refuseNextEntries(int entries);

    private EventPublisher publisher;

    @BeforeEach
    void createPublisher() {
        publisher = newPublisher();
    }

    @Test
    void delivers_every_event_of_a_call() {
        List<RecordedEvent> events = events(3);

        publisher.publish(events);

        assertThat(delivered()).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void delivers_a_call_larger_than_one_request_of_the_bus_can_carry() {
        List<RecordedEvent> events = events(25);

        publisher.publish(events);

        assertThat(delivered()).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void delivers_nothing_for_an_empty_call() {
        publisher.publish(List.of());

        assertThat(delivered()).isEmpty();
    }

    @Test
    void throws_when_some_entries_are_refused_and_a_second_publish_delivers_them_all() {
        List<RecordedEvent> events = events(5);
        refuseNextEntries(2);

        assertThatThrownBy(() -> publisher.publish(events)).isInstanceOf(ServiceUnavailable.class);
        assertThat(delivered()).hasSize(3).isSubsetOf(events);

        publisher.publish(events);
        assertThat(delivered()).hasSize(8).containsAll(events);
    }

    private static List<RecordedEvent> events(int count) {
        StreamId stream = stream("published");
        return IntStream.rangeClosed(1, count).mapToObj(version -> recorded(stream, version, "p" + version)).toList();
    }
}
