package dev.opsledger.aws.json;

import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.failover.FailoverEvent.FailbackCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailbackInitiated;
import dev.opsledger.domain.failover.FailoverEvent.FailoverCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.HealthCarriedForward;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.publishing.PublishingEvent.PublishCheckpointAdvanced;
import dev.opsledger.domain.publishing.PublishingEvent.PublishCheckpointCarriedForward;
import dev.opsledger.domain.quarantine.CommitQuarantined;
import dev.opsledger.domain.replication.ReplicationEvent.BatchApplied;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceCleared;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.domain.replication.ReplicationEvent.LagObserved;
import dev.opsledger.domain.replication.ReplicationEvent.DivergentStream;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationCarriedForward;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.requestkey.RequestKey;
import dev.opsledger.domain.requestkey.RequestKeyClaimed;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One fixed instance of every event type, the same forever: what the golden files hold. */
public final class GoldenEvents {

    private static final Instant T = Instant.parse("2025-03-01T10:15:30Z");
    private static final Instant T_MILLIS = Instant.parse("2025-03-01T10:15:30.250Z");
    private static final Instant T_NANOS = Instant.parse("2025-03-01T10:15:30.123456789Z");
    private static final DeploymentId DEPLOYMENT = new DeploymentId("checkout-2025-03-01-1");
    private static final IncidentId INCIDENT = new IncidentId("INC-42");
    private static final ComponentKey TABLE_IN_EAST = new ComponentKey(Region.US_EAST_1, Component.TABLE);
    private static final ReplicationRoute EAST_TO_WEST = new ReplicationRoute(Region.US_EAST_1, Region.US_WEST_2);

    private GoldenEvents() {
    }

    public static List<DomainEvent> all() {
        return List.of(
                new DeploymentStarted(DEPLOYMENT, "checkout", "production", "1.4.2",
                        List.of(new Change("3f2a9c1", T.minusSeconds(7200)), new Change("9b8e7d6c5a4f", T.minusSeconds(3600))),
                        T),
                new DeploymentFinished(DEPLOYMENT, DeploymentOutcome.ROLLED_BACK, T_MILLIS),
                new IncidentOpened(INCIDENT, "checkout", "production", Severity.HIGH, T, Optional.of(DEPLOYMENT)),
                new IncidentResolved(INCIDENT, T_NANOS),
                new IncidentAttributed(INCIDENT, DEPLOYMENT),
                new CheckRecorded(TABLE_IN_EAST, CheckResult.failed(Duration.ofMillis(2500), "DescribeTable timed out", T)),
                new StatusChanged(TABLE_IN_EAST, HealthStatus.DEGRADED, HealthStatus.UNHEALTHY, "3 failed checks", T),
                new HealthCarriedForward(TABLE_IN_EAST, HealthStatus.DEGRADED, 2, T),
                new BatchApplied(EAST_TO_WEST, 12, T),
                new CheckpointAdvanced(EAST_TO_WEST, new LogPosition(T_NANOS, DEPLOYMENT.stream(), 3), T),
                new LagObserved(EAST_TO_WEST, Duration.ofSeconds(42, 500_000_000), T),
                new DivergenceDetected(EAST_TO_WEST, INCIDENT.stream(), "sha256:aa11", "sha256:bb22", T),
                new DivergenceCleared(EAST_TO_WEST, INCIDENT.stream(), T_MILLIS),
                new ReplicationFailed(EAST_TO_WEST, "target table throttled", 3, T),
                new ReplicationCarriedForward(EAST_TO_WEST, new LogPosition(T_NANOS, DEPLOYMENT.stream(), 3),
                        Duration.ofSeconds(42, 500_000_000), 3,
                        List.of(new DivergentStream(INCIDENT.stream(), "sha256:aa11", "sha256:bb22")), T),
                new FailoverInitiated(Region.US_EAST_1, Region.US_WEST_2, 7, "primary unhealthy for 3 checks", T),
                new FailoverCompleted(Region.US_WEST_2, 7, T_MILLIS),
                new FailbackInitiated(Region.US_WEST_2, Region.US_EAST_1, 8, T),
                new FailbackCompleted(Region.US_EAST_1, 8, 5, 1, T),
                new CommitQuarantined(StreamId.of("deployment", DEPLOYMENT.value()), 4,
                        List.of(new EventId("cmd-9"), new EventId("cmd-9#1")),
                        List.of(new DeploymentFinished(DEPLOYMENT, DeploymentOutcome.SUCCEEDED, T),
                                new IncidentOpened(INCIDENT, "checkout", "production", Severity.LOW, T, Optional.empty())),
                        "deployment already finished as FAILED in us-west-2", T),
                new PublishCheckpointAdvanced(Region.US_EAST_1, new LogPosition(T_NANOS, INCIDENT.stream(), 2), 10, T),
                new PublishCheckpointCarriedForward(Region.US_EAST_1, new LogPosition(T_NANOS, INCIDENT.stream(), 2), 1250, T),
                new RequestKeyClaimed(new RequestKey("6f1c2b9e-4d0a-4e7b-9a51-3c8d2f7e0b14"), DEPLOYMENT.stream()));
    }
}
