package dev.opsledger.inmemory.simulation;

import dev.opsledger.inmemory.simulation.SimulationReport.FailoverRecord;
import java.util.ArrayList;
import java.util.List;

/** What a reader of the figures must know to read them right: what was not measured, and why. */
final class RunNotes {

    private RunNotes() {
    }

    static List<String> of(ReportAssembler.Outcome run, List<FailoverRecord> failovers) {
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
        if (!run.settled()) {
            notes.add("the run did not settle (writes back in " + run.pair().primary().region()
                    + " and both regions equal) within " + Simulator.SETTLE_LIMIT.toHours()
                    + "h after the clients stopped");
        }
        if (run.divergent().isEmpty()) {
            notes.add("divergence was not checked: a region was still dark when the run ended");
        }
        return List.copyOf(notes);
    }
}
