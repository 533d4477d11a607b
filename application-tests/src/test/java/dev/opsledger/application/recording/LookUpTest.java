package dev.opsledger.application.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.Deployment;
import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.StartDeployment;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.incident.Incident;
import dev.opsledger.domain.incident.IncidentCommand.AttributeIncident;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookUpTest {

    private static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");
    private static final DeploymentId RELEASE = new DeploymentId("deploy-1");
    private static final IncidentId OUTAGE = new IncidentId("inc-1");
    private static final List<Change> CHANGES = List.of(new Change("a1b2c3d4", T0.minusSeconds(3_600)));

    private final InMemoryEventStore store = new InMemoryEventStore(new VirtualClock(T0));
    private final ActiveRegion east = new ActiveRegion(Region.US_EAST_1, 0);
    private final InMemoryTrafficRouter router = new InMemoryTrafficRouter(east);
    private final WriteFence fence = new WriteFence(Region.US_EAST_1, router);
    private final RecordDeployment recordDeployment = new RecordDeployment(store, fence);
    private final RecordIncident recordIncident = new RecordIncident(store, fence);

    @Test
    void finds_nothing_for_a_deployment_never_recorded() {
        assertThat(new LookUpDeployment(store).find(RELEASE)).isEmpty();
    }

    @Test
    void finds_a_deployment_in_progress_then_finished_with_its_stream_version() {
        StartDeployment start = new StartDeployment(RELEASE, "checkout", "production", "v1.4.0", CHANGES, T0);
        recordDeployment.handle("start", start);
        LookUpDeployment lookUp = new LookUpDeployment(store);
        Deployment.InProgress running = new Deployment.InProgress(RELEASE, "checkout", "production", "v1.4.0", CHANGES, T0);

        assertThat(lookUp.find(RELEASE)).contains(new RecordedState<>(RELEASE.stream(), 1, running));

        recordDeployment.handle("finish", new FinishDeployment(RELEASE, DeploymentOutcome.FAILED, T0.plusSeconds(60)));

        assertThat(lookUp.find(RELEASE)).contains(new RecordedState<>(RELEASE.stream(), 2,
                new Deployment.Finished(running, DeploymentOutcome.FAILED, T0.plusSeconds(60))));
    }

    @Test
    void finds_nothing_for_an_incident_never_recorded() {
        assertThat(new LookUpIncident(store).find(OUTAGE)).isEmpty();
    }

    @Test
    void finds_a_resolved_incident_with_its_explicit_cause() {
        recordDeployment.handle("start", new StartDeployment(RELEASE, "checkout", "production", "v1.4.0", CHANGES, T0));
        recordIncident.handle("open", new OpenIncident(OUTAGE, "checkout", "production", Severity.HIGH,
                T0.plusSeconds(600), Optional.empty()));
        recordIncident.handle("blame", new AttributeIncident(OUTAGE, RELEASE));
        recordIncident.handle("resolve", new ResolveIncident(OUTAGE, T0.plusSeconds(1_200)));

        Incident.Open open = new Incident.Open(OUTAGE, "checkout", "production", Severity.HIGH, T0.plusSeconds(600),
                Optional.of(RELEASE));
        assertThat(new LookUpIncident(store).find(OUTAGE)).contains(new RecordedState<>(OUTAGE.stream(), 3,
                new Incident.Resolved(open, T0.plusSeconds(1_200))));
    }

    @Test
    void answers_in_a_fenced_region_too() {
        recordDeployment.handle("start", new StartDeployment(RELEASE, "checkout", "production", "v1.4.0", CHANGES, T0));
        router.promote(Region.US_WEST_2, 0);

        assertThat(new LookUpDeployment(store).find(RELEASE)).isPresent();
    }
}
