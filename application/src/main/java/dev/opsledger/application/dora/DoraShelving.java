package dev.opsledger.application.dora;

import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.StreamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The DORA read model over any {@link DoraItems}: applies a commit by claiming it on its stream item and
 * then writing its entry where {@link DoraPlacement} says, and reads a scope back as {@link DoraReading}
 * says. A deployment recorded in one commit costs two small writes (its stream item and its shelf item),
 * whatever the number of events stored.
 *
 * <p>A commit whose stream item holds it already is placed again: its projector may have died after
 * claiming it. Every write is idempotent and keeps the newer version of each entry, so replays, concurrent
 * projectors and half-done projections all end in the same items.
 */
public final class DoraShelving {

    private static final Set<String> DORA_STREAMS = Set.of(DeploymentId.STREAM_CATEGORY, IncidentId.STREAM_CATEGORY);

    private final DoraItems items;
    private final AtomicLong reads = new AtomicLong();

    public DoraShelving(DoraItems items) {
        this.items = Objects.requireNonNull(items, "items");
    }

    public void apply(Commit commit) {
        StreamId stream = commit.stream();
        if (!DORA_STREAMS.contains(stream.category())) {
            return;
        }
        DoraStream claimed = items.updateStream(stream, commit.firstVersion() == 1, held -> held.claim(commit));
        claimed.entry().ifPresent(entry -> place(claimed, entry));
    }

    public DoraFacts facts(ReportScope scope) {
        DoraReading.Read read = DoraReading.facts(items, scope);
        reads.addAndGet(read.reads());
        return read.facts();
    }

    /** Range reads every {@link #facts} call so far has made: five per service in its scope. */
    public long reads() {
        return reads.get();
    }

    private void place(DoraStream claimed, DoraEntry entry) {
        List<DoraPlace> places = DoraPlacement.of(entry);
        places.stream().findFirst().ifPresent(place -> items.addService(place.shelf().environment(), place.shelf().service()));
        for (DoraPlace place : places) {
            List<DoraEntry> together = new ArrayList<>(List.of(entry));
            if (DoraPlacement.besideDeployment(entry).filter(place::equals).isPresent()) {
                together.addAll(claimed.blamers().values());
            }
            items.shelve(place, together);
        }
        for (DeploymentId cause : claimed.causes()) {
            DoraStream blamed = items.updateStream(cause.stream(), false, held -> held.blamedBy(entry));
            blamed.entry().flatMap(DoraPlacement::besideDeployment).ifPresent(beside -> items.shelve(beside, List.of(entry)));
        }
    }
}
