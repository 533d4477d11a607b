package dev.opsledger.application.health.summary;

import dev.opsledger.application.health.summary.SwitchSummary.Kind;
import dev.opsledger.application.health.summary.SwitchSummary.RescuedOrphans;
import dev.opsledger.domain.failover.FailoverEvent;
import dev.opsledger.domain.failover.FailoverEvent.FailbackCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailbackInitiated;
import dev.opsledger.domain.failover.FailoverEvent.FailoverCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The latest {@link #KEPT} failovers and failbacks of one region pair, newest first: an initiation opens a
 * row, its completion (same kind, same epoch) closes it. A completion whose initiation is no longer kept,
 * or was folded before the summary kept switches, adds no row: rebuilding the summary from the log fills it.
 */
final class SwitchHistory {

    static final int KEPT = 5;

    private SwitchHistory() {
    }

    static List<SwitchSummary> after(List<SwitchSummary> newestFirst, FailoverEvent event) {
        return switch (event) {
            case FailoverInitiated initiated -> opened(newestFirst, new SwitchSummary(Kind.FAILOVER, initiated.from(),
                    initiated.to(), initiated.epoch(), initiated.initiatedAt(), Optional.empty(), Optional.empty()));
            case FailbackInitiated initiated -> opened(newestFirst, new SwitchSummary(Kind.FAILBACK, initiated.from(),
                    initiated.to(), initiated.epoch(), initiated.initiatedAt(), Optional.empty(), Optional.empty()));
            case FailoverCompleted completed ->
                    closed(newestFirst, Kind.FAILOVER, completed.epoch(), completed.completedAt(), Optional.empty());
            case FailbackCompleted completed -> closed(newestFirst, Kind.FAILBACK, completed.epoch(),
                    completed.completedAt(), Optional.of(new RescuedOrphans(completed.reapplied(), completed.quarantined())));
        };
    }

    private static List<SwitchSummary> opened(List<SwitchSummary> newestFirst, SwitchSummary started) {
        List<SwitchSummary> next = new ArrayList<>(KEPT);
        next.add(started);
        next.addAll(newestFirst.subList(0, Math.min(newestFirst.size(), KEPT - 1)));
        return List.copyOf(next);
    }

    private static List<SwitchSummary> closed(List<SwitchSummary> newestFirst, Kind kind, long epoch, Instant completedAt,
            Optional<RescuedOrphans> orphans) {
        return newestFirst.stream()
                .map(row -> row.kind() == kind && row.epoch() == epoch && row.completedAt().isEmpty()
                        ? row.completed(completedAt, orphans)
                        : row)
                .toList();
    }
}
