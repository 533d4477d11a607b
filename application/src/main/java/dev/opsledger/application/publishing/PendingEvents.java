package dev.opsledger.application.publishing;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The publishable events of some commits in feed order, each with the time its commit was stamped. */
record PendingEvents(List<Entry> entries) {

    static final PendingEvents NONE = new PendingEvents(List.of());

    record Entry(RecordedEvent event, Instant committedAt) {
    }

    PendingEvents {
        entries = List.copyOf(entries);
    }

    static PendingEvents publishableIn(List<Commit> commits) {
        return new PendingEvents(commits.stream()
                .flatMap(commit -> commit.events().stream()
                        .filter(recorded -> PublicationRule.publishes(recorded.event()))
                        .map(recorded -> new Entry(recorded, commit.committedAt())))
                .toList());
    }

    List<List<RecordedEvent>> batches(int size) {
        List<RecordedEvent> events = entries.stream().map(Entry::event).toList();
        int count = (events.size() + size - 1) / size;
        return IntStream.range(0, count)
                .mapToObj(index -> events.subList(index * size, Math.min(events.size(), (index + 1) * size)))
                .toList();
    }

    /** The commit time of the oldest entry at or after {@code index}, the entries before it being published. */
    Optional<Instant> oldestFrom(int index) {
        return entries.subList(Math.min(index, entries.size()), entries.size()).stream()
                .map(Entry::committedAt)
                .min(Comparator.naturalOrder());
    }
}
