package dev.opsledger.application.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.publishing.PublishingEvent.PublishCheckpointAdvanced;
import dev.opsledger.domain.quarantine.CommitQuarantined;
import dev.opsledger.domain.replication.ReplicationEvent.BatchApplied;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceCleared;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.domain.replication.ReplicationEvent.LagObserved;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationRuleTest {

    private static final Instant AT = Instant.parse("2025-03-03T09:00:00Z");
    private static final Region EAST = Region.US_EAST_1;
    private static final ReplicationRoute ROUTE = new ReplicationRoute(EAST, Region.US_WEST_2);
    private static final ComponentKey API = new ComponentKey(EAST, Component.API);
    private static final DeploymentId DEPLOYMENT = new DeploymentId("d1");

    @Test
    void publishes_the_facts_subscribers_act_on() {
        List<DomainEvent> facts = List.of(
                new DeploymentFinished(DEPLOYMENT, DeploymentOutcome.SUCCEEDED, AT),
                new IncidentResolved(new IncidentId("i1"), AT),
                new FailoverInitiated(EAST, Region.US_WEST_2, 2, "primary unhealthy", AT),
                new CommitQuarantined(DEPLOYMENT.stream(), 3, List.of(new EventId("e3")),
                        List.of(new DeploymentFinished(DEPLOYMENT, DeploymentOutcome.FAILED, AT)), "superseded", AT),
                new StatusChanged(API, HealthStatus.HEALTHY, HealthStatus.UNHEALTHY, "timeout", AT),
                new DivergenceDetected(ROUTE, DEPLOYMENT.stream(), "a1", "b2", AT),
                new DivergenceCleared(ROUTE, DEPLOYMENT.stream(), AT),
                new ReplicationFailed(ROUTE, "target throttled", 1, AT));

        assertThat(facts).allMatch(PublicationRule::publishes);
    }

    @Test
    void withholds_bookkeeping_and_its_own_checkpoints() {
        List<DomainEvent> bookkeeping = List.of(
                new CheckRecorded(API, CheckResult.passed(Duration.ofMillis(40), AT)),
                new BatchApplied(ROUTE, 3, AT),
                new CheckpointAdvanced(ROUTE, LogPosition.START, AT),
                new LagObserved(ROUTE, Duration.ZERO, AT),
                new PublishCheckpointAdvanced(EAST, LogPosition.START, 4, AT));

        assertThat(bookkeeping).noneMatch(PublicationRule::publishes);
    }

    @Test
    void withholds_a_kind_of_event_nobody_decided_to_publish() {
        record SomethingNew(String what) implements DomainEvent {
        }

        assertThat(PublicationRule.publishes(new SomethingNew("x"))).isFalse();
    }
}
