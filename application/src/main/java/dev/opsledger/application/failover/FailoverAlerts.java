package dev.opsledger.application.failover;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.quarantine.CommitQuarantined;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Set;

/**
 * What failover and failback tell operators. One problem key covers a failover until its failback
 * resolves it. Sending is best effort: a switch must not stop because the notifier is down, and the
 * failover stream records what happened.
 */
final class FailoverAlerts {

    private final AlertNotifier notifier;
    private final RegionPair regions;

    FailoverAlerts(AlertNotifier notifier, RegionPair regions) {
        this.notifier = notifier;
        this.regions = regions;
    }

    void failedOver(ActiveRegion active, String reason, Instant at) {
        send(regions.stream().value(), AlertSeverity.CRITICAL, active.region(), "failover to " + active.region(),
                "writes moved from " + regions.primary() + " to " + active.region() + " at epoch " + active.epoch()
                        + ": " + reason, at);
    }

    void failedBack(ActiveRegion active, int reapplied, int quarantined, Instant at) {
        send(regions.stream().value(), AlertSeverity.RESOLVED, active.region(), "failback to " + active.region(),
                "writes are back in " + active.region() + " at epoch " + active.epoch() + "; of the commits "
                        + regions.primary() + " acknowledged but never replicated, " + reapplied + " were reapplied and "
                        + quarantined + " quarantined", at);
        send(blockedKey(), AlertSeverity.RESOLVED, active.region(), "failback to " + active.region() + " done",
                "the regions agree again", at);
    }

    void quarantined(Commit orphan, String reason, Instant at) {
        StreamId quarantine = CommitQuarantined.streamFor(orphan.stream());
        send(quarantine.value() + "@" + orphan.firstVersion(), AlertSeverity.WARNING, regions.secondary(),
                "commit of " + orphan.stream() + " quarantined",
                "the commit at version " + orphan.firstVersion() + " of " + orphan.stream() + " (" + orphan.events().size()
                        + " events) was acknowledged by " + regions.primary() + " but never replicated, and no longer "
                        + "applies: " + reason + ". It is kept in " + quarantine + " for a person to decide.", at);
    }

    void failbackBlocked(Set<StreamId> divergent, Instant at) {
        send(blockedKey(), AlertSeverity.WARNING, regions.secondary(),
                "failback to " + regions.primary() + " postponed",
                divergent.size() + " streams still differ after copying back, the secondary stays active: " + divergent,
                at);
    }

    private String blockedKey() {
        return regions.stream().value() + ":failback-blocked";
    }

    private void send(String problemKey, AlertSeverity severity, Region region, String subject, String message,
            Instant at) {
        try {
            notifier.notify(new Alert(problemKey, severity, region, subject, message, at));
        } catch (ServiceUnavailable notifierDown) {
            // Best effort (see class comment); the failover stream holds the facts.
        }
    }
}
