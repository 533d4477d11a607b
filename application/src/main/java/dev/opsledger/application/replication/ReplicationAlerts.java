package dev.opsledger.application.replication;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;

/**
 * What replication tells operators. Sending is best effort: replication must go on when the notifier is
 * unreachable (it often shares the outage being reported), and the log keeps the facts the alert was about.
 * Problem keys name the route, and the stream for a divergence, so repeats of one problem are one alert.
 */
final class ReplicationAlerts {

    private final AlertNotifier notifier;
    private final ReplicationRoute route;

    ReplicationAlerts(AlertNotifier notifier, ReplicationRoute route) {
        this.notifier = notifier;
        this.route = route;
    }

    void failing(int consecutiveFailures, String reason, Instant at) {
        send(failureKey(), AlertSeverity.CRITICAL, "Replication " + describe() + " is failing",
                consecutiveFailures + " consecutive passes failed; last: " + reason, at);
    }

    void recovered(Instant at) {
        send(failureKey(), AlertSeverity.RESOLVED, "Replication " + describe() + " recovered",
                "a pass completed again at " + at, at);
    }

    void divergent(StreamId stream, String sourceDigest, String targetDigest, Instant at) {
        send(divergenceKey(stream), AlertSeverity.CRITICAL,
                "Divergence in " + stream + " (" + describe() + ")",
                stream + " holds other events in " + route.target() + " than in " + route.source()
                        + "; its further commits are held back until the stream is repaired and the divergence cleared."
                        + " Digests: source " + sourceDigest + ", target " + targetDigest,
                at);
    }

    void divergenceCleared(StreamId stream, Instant at) {
        send(divergenceKey(stream), AlertSeverity.RESOLVED, "Divergence in " + stream + " cleared (" + describe() + ")",
                stream + " was repaired and replication resumed it at " + at, at);
    }

    private String divergenceKey(StreamId stream) {
        return route.series().value() + ":divergent:" + stream.value();
    }

    private String failureKey() {
        return route.series().value() + ":failing";
    }

    private String describe() {
        return route.source() + " -> " + route.target();
    }

    private void send(String problemKey, AlertSeverity severity, String subject, String message, Instant at) {
        try {
            notifier.notify(new Alert(problemKey, severity, route.target(), subject, message, at));
        } catch (ServiceUnavailable notifierDown) {
            // Best effort by design (see class comment): the next failing pass or report alerts again.
        }
    }
}
