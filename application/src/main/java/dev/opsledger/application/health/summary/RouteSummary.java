package dev.opsledger.application.health.summary;

import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.LogPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One replication route: the lag last observed and when, the checkpoint reached, and the failures since the last success. */
public record RouteSummary(
        ReplicationRoute route,
        Optional<Duration> lag,
        Optional<Instant> lagObservedAt,
        Optional<LogPosition> checkpoint,
        int consecutiveFailures) {

    public RouteSummary {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(lag, "lag");
        Objects.requireNonNull(lagObservedAt, "lagObservedAt");
        Objects.requireNonNull(checkpoint, "checkpoint");
    }
}
