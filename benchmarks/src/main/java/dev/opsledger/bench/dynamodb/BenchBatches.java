package dev.opsledger.bench.dynamodb;

import dev.opsledger.application.port.NewEvent;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The batches the append and replication benchmarks write: what {@code POST /metrics} and the health
 * check append, with the sizes they have in production (a deployment with two changes, a health check).
 */
final class BenchBatches {

    private static final Instant START = Instant.parse("2025-06-02T09:00:00Z");
    static final Region REGION = Region.US_EAST_1;
    private static final ComponentKey HOT_COMPONENT = new ComponentKey(REGION, Component.API);

    private BenchBatches() {
    }

    static DeploymentId deployment(String run, int index) {
        return new DeploymentId(run + "-" + index);
    }

    /** A whole deployment in one commit, as one {@code POST /metrics} of a finished deployment appends it. */
    static List<NewEvent> recordedDeployment(DeploymentId id, int index) {
        return List.of(started(id, index), finished(id, index));
    }

    static NewEvent started(DeploymentId id, int index) {
        Instant at = START.plusSeconds(index);
        List<Change> changes = List.of(new Change(sha(index, 1), at.minus(Duration.ofHours(3))),
                new Change(sha(index, 2), at.minus(Duration.ofHours(1))));
        return new NewEvent(new EventId(id.value() + "/started"),
                new DeploymentStarted(id, "checkout-service", "production", "v1." + index, changes, at));
    }

    static NewEvent finished(DeploymentId id, int index) {
        return new NewEvent(new EventId(id.value() + "/finished"),
                new DeploymentFinished(id, DeploymentOutcome.SUCCEEDED, START.plusSeconds(index).plus(Duration.ofMinutes(7))));
    }

    /** The health stream every check of one component goes to: the busiest stream OpsLedger has. */
    static StreamId hotStream() {
        return HOT_COMPONENT.streamAt(START);
    }

    static List<NewEvent> healthCheck(int index) {
        CheckResult result = CheckResult.passed(Duration.ofMillis(40 + index % 50), START.plusSeconds(300L * index));
        return List.of(new NewEvent(new EventId("check-" + index), new CheckRecorded(HOT_COMPONENT, result)));
    }

    /** A health check of {@code component} at {@code at}, as the health check records it in the hour's stream. */
    static List<NewEvent> healthCheck(ComponentKey component, Instant at) {
        return List.of(new NewEvent(new EventId(component.series() + "@" + at),
                new CheckRecorded(component, CheckResult.passed(Duration.ofMillis(40), at))));
    }

    private static String sha(int index, int change) {
        return HexFormat.of().formatHex(Integer.toString(index * 31 + change).getBytes()).concat("0".repeat(40)).substring(0, 40);
    }
}
