package dev.opsledger.application.dora;

import dev.opsledger.domain.dora.DeploymentFact;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.IncidentFact;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One deployment's or incident's stream as an item holds it: the events that fold into its fact, up to
 * {@code version}. The same stream may sit in several items at different versions; the newer one wins,
 * so writes of one stream's entries commute however late a slow projector lands an older one.
 */
public record DoraEntry(StreamId stream, long version, List<DomainEvent> events) {

    public DoraEntry {
        Objects.requireNonNull(stream, "stream");
        events = List.copyOf(events);
        if (version < 1) {
            throw new IllegalArgumentException("an entry holds a stream from version 1, was " + version);
        }
    }

    public boolean supersedes(DoraEntry other) {
        return version > other.version;
    }

    public static DoraEntry newer(DoraEntry one, DoraEntry other) {
        return other.supersedes(one) ? other : one;
    }

    public Optional<DeploymentFact> deployment() {
        return DoraFacts.of(events).deployments().stream().findFirst();
    }

    public Optional<IncidentFact> incident() {
        return DoraFacts.of(events).incidents().stream().findFirst();
    }
}
