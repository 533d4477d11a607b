package dev.opsledger.application.dora;

import dev.opsledger.application.dora.DoraShelf.Kind;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.dora.DeploymentFact;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a report on a scope reads: for each service in it (one, or every service of the environment),
 * five range reads of that service's own shelves, whatever the number of events stored:
 * <ol>
 *   <li>{@link Kind#SUCCEEDED} over the window, each success with the incidents blaming it explicitly;</li>
 *   <li>the first {@link Kind#SUCCEEDED} item at or after the window's end: the next success;</li>
 *   <li>{@link Kind#OTHERS} from the window's start to that next success (to the window's end if the window
 *       holds no success): failures, the window's incidents, and every incident after it that may blame the
 *       window's last success implicitly (only one opened before the next success can);</li>
 *   <li>{@link Kind#SUCCEEDED} from the earliest commit time of a change shipped in the window up to the
 *       window: an earlier delivery of one of its changes finished after that change was committed, so there;</li>
 *   <li>{@link Kind#EARLY} over the commit times of those changes: an earlier delivery that finished before
 *       its change was committed (clock skew).</li>
 * </ol>
 * A read of an empty range counts, so the count depends on the number of services only. Entries of one
 * stream read from several items keep the newest; the facts of all of them, restricted to the scope, give
 * {@link dev.opsledger.domain.dora.DoraProjection#report} the report of the whole log. That relies on a
 * change (a commit sha) having the same commit time wherever it is shipped, as a commit does.
 */
final class DoraReading {

    private static final int READS_PER_SERVICE = 5;

    private final DoraItems items;
    private final Map<StreamId, DoraEntry> found = new HashMap<>();

    private DoraReading(DoraItems items) {
        this.items = items;
    }

    /** The facts a report on the scope needs, and the range reads it took. */
    record Read(DoraFacts facts, long reads) {
    }

    static Read facts(DoraItems items, ReportScope scope) {
        DoraReading reading = new DoraReading(items);
        Set<String> services = scope.service().map(Set::of).orElseGet(() -> items.services(scope.environment()));
        services.forEach(service -> reading.readService(service, scope));
        DoraFacts facts = DoraFacts.of(reading.found.values().stream().flatMap(entry -> entry.events().stream()).toList());
        return new Read(facts.restrictTo(scope), (long) services.size() * READS_PER_SERVICE);
    }

    private void readService(String service, ReportScope scope) {
        DoraShelf succeeded = new DoraShelf(Kind.SUCCEEDED, service, scope.environment());
        List<DeploymentFact> successes = keep(items.between(succeeded, scope.from(), scope.to())).stream()
                .flatMap(entry -> entry.deployment().stream())
                .filter(DeploymentFact::succeeded)
                .toList();
        Optional<DoraItems.ShelfItem> next = items.firstFrom(succeeded, scope.to());
        next.ifPresent(item -> keep(item.entries()));
        Instant othersUntil = successes.isEmpty() ? scope.to() : next.map(DoraItems.ShelfItem::at).orElse(Instant.MAX);
        keep(items.between(new DoraShelf(Kind.OTHERS, service, scope.environment()), scope.from(), othersUntil));
        List<Instant> committed = successes.stream().flatMap(success -> success.changes().stream()).map(Change::committedAt).toList();
        Instant earliest = committed.stream().min(Instant::compareTo).filter(first -> first.isBefore(scope.from())).orElse(scope.from());
        Instant latest = committed.stream().max(Instant::compareTo).map(last -> last.plusNanos(1)).filter(end -> end.isAfter(scope.to())).orElse(scope.to());
        keep(items.between(succeeded, earliest, scope.from()));
        keep(items.between(new DoraShelf(Kind.EARLY, service, scope.environment()), earliest, latest));
    }

    private Collection<DoraEntry> keep(Collection<DoraEntry> entries) {
        entries.forEach(entry -> found.merge(entry.stream(), entry, DoraEntry::newer));
        return entries;
    }
}
