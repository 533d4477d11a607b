package dev.opsledger.application.dora;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A deployment or incident stream as its stream item holds it, the one item found by stream id: its
 * events up to {@code version}; for an incident, every deployment it has ever blamed explicitly (so each
 * later version of it is written there too and a new attribution overwrites the old blame); for a
 * deployment, the incidents blaming it that reached this item, possibly before the deployment did.
 *
 * <p>A deployment's projector and a blaming incident's projector both read-modify-write this one item, so
 * whichever comes second sees the other: either the incident learns where the deployment finished, or the
 * deployment finds the incident among its blamers, and the incident lands beside it either way.
 */
public record DoraStream(StreamId stream, long version, List<DomainEvent> events, Set<DeploymentId> causes,
        Map<StreamId, DoraEntry> blamers) {

    public DoraStream {
        Objects.requireNonNull(stream, "stream");
        events = List.copyOf(events);
        causes = Set.copyOf(causes);
        blamers = Map.copyOf(blamers);
    }

    public static DoraStream none(StreamId stream) {
        return new DoraStream(stream, 0, List.of(), Set.of(), Map.of());
    }

    /** Its fact as entries carry it; empty while only blamers have reached the item. */
    public Optional<DoraEntry> entry() {
        return version == 0 ? Optional.empty() : Optional.of(new DoraEntry(stream, version, events));
    }

    /**
     * Folds the commit's events this item does not hold yet; returns this item unchanged when it holds them all.
     *
     * @throws IllegalArgumentException if the commit skips versions of the stream
     */
    public DoraStream claim(Commit commit) {
        List<RecordedEvent> fresh = commit.events().stream().filter(event -> event.version() > version).toList();
        if (fresh.isEmpty()) {
            return this;
        }
        if (fresh.getFirst().version() != version + 1) {
            throw new IllegalArgumentException("commit " + commit.position() + " skips versions: the model holds "
                    + stream + " up to version " + version);
        }
        List<DomainEvent> folded = Stream.concat(events.stream(), fresh.stream().map(RecordedEvent::event)).toList();
        Set<DeploymentId> blamed = new HashSet<>(causes);
        new DoraEntry(stream, fresh.getLast().version(), folded).incident()
                .flatMap(incident -> incident.explicitCause())
                .ifPresent(blamed::add);
        return new DoraStream(stream, fresh.getLast().version(), folded, blamed, blamers);
    }

    /** Keeps the incident's entry among this deployment's blamers, unless a newer one of it is kept already. */
    public DoraStream blamedBy(DoraEntry incident) {
        DoraEntry held = blamers.get(incident.stream());
        if (held != null && !incident.supersedes(held)) {
            return this;
        }
        Map<StreamId, DoraEntry> next = new HashMap<>(blamers);
        next.put(incident.stream(), incident);
        return new DoraStream(stream, version, events, causes, next);
    }
}
