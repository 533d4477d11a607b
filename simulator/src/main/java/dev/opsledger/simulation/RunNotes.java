package dev.opsledger.simulation;

import dev.opsledger.simulation.SimulationReport.FailoverRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a reader of the figures must know to read them right: what was not measured, and why. */
final class RunNotes {

    private RunNotes() {
    }

    static List<String> of(ReportAssembler.Outcome run, List<FailoverRecord> failovers, long stranded) {
        List<String> notes = new ArrayList<>();
        if (failovers.isEmpty()) {
            notes.add("no failover happened: RPO and RTO were not measured");
        }
        for (FailoverRecord failover : failovers) {
            if (failover.rtoSeconds() == null) {
                notes.add("no write reached " + run.pair().secondary().region() + " after the failover at "
                        + failover.failoverAtSeconds() + "s: its RTO was not measured");
            }
            if (failover.failbackAtSeconds() == null) {
                notes.add("the failover at " + failover.failoverAtSeconds() + "s was not followed by a failback");
            }
        }
        if (run.failovers().failbacksBlocked() > 0) {
            notes.add(run.failovers().failbacksBlocked() + " failback attempts were refused because streams still"
                    + " differed: " + run.failovers().blockingFailback());
        }
        int quarantined = failovers.stream().map(FailoverRecord::quarantined).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
        if (quarantined > 0) {
            notes.add(quarantined + " acknowledged writes were quarantined at failback: each was acknowledged to"
                    + " its client, then conflicted with what " + run.pair().secondary().region() + " recorded"
                    + " meanwhile; it is kept whole in a quarantine record for an operator to judge, not applied"
                    + " (so not counted as lost, and not in the metrics until someone re-applies it)");
        }
        if (!run.settled()) {
            notes.add("the run did NOT settle (last outage over, writes back in " + run.pair().primary().region()
                    + " and both regions equal) within " + Simulator.SETTLE_LIMIT.toHours()
                    + "h after the clients stopped and the last outage ended: its invariants are not shown to hold");
        }
        if (stranded > 0) {
            notes.add(stranded + " acknowledged events are held only by the region that is not active: stranded by"
                    + " the unsettled end, not counted as lost");
        }
        if (run.divergent().isEmpty()) {
            notes.add("divergence was not checked: regions are only required to be equal once the run settled");
        }
        return List.copyOf(notes);
    }
}
