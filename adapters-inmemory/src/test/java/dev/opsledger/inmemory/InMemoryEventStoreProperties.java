package dev.opsledger.inmemory;

import static dev.opsledger.inmemory.contract.SampleEvents.stream;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.contract.FeedScan;
import dev.opsledger.inmemory.contract.SampleEvents;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class InMemoryEventStoreProperties {

    /** One append: to which of a few streams, how many events, after how much time passed (often none). */
    record Step(int stream, int events, int millisLater) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 2)).as(Step::new);
        return step.list().ofMaxSize(40);
    }

    @Property(tries = 100)
    void feeds_every_commit_once_in_position_order_whatever_the_page_size(
            @ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 1, max = 7) int pageSize) {
        VirtualClock clock = new VirtualClock(Instant.parse("2025-03-01T12:00:00Z"));
        InMemoryEventStore store = new InMemoryEventStore(clock, new Faults(), Duration.ofMillis(5));
        List<Commit> acknowledged = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            clock.advance(Duration.ofMillis(step.millisLater()));
            StreamId target = stream("s" + step.stream());
            acknowledged.add(store.append(target, store.readStream(target).size(), batch(i, step.events())).commit());
        }
        clock.advance(Duration.ofMillis(5));

        List<Commit> feed = FeedScan.readAll(store, LogPosition.START, pageSize);

        assertThat(feed).containsExactlyInAnyOrderElementsOf(acknowledged).isEqualTo(store.allCommits());
        assertThat(feed).extracting(Commit::position).isSortedAccordingTo(LogPosition::compareTo).doesNotHaveDuplicates();
    }

    private static List<NewEvent> batch(int step, int size) {
        List<NewEvent> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(SampleEvents.sample("step" + step + "-" + i));
        }
        return batch;
    }
}
