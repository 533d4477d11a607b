package dev.opsledger.application.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.dora.ProjectDoraFacts;
import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.dora.DeploymentFact;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.IncidentFact;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.RecordingMetricsRecorder;
import dev.opsledger.inmemory.dora.InMemoryDoraReadModel;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ReadYourWritesTest {

    private static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");
    private static final Instant DAY_START = Instant.parse("2025-03-03T00:00:00Z");
    private static final Instant DAY_END = DAY_START.plus(Duration.ofDays(1));
    private static final DeploymentId RELEASE = new DeploymentId("deploy-1");

    private final InMemoryEventStore store = new InMemoryEventStore(new VirtualClock(T0));
    private final WriteFence fence =
            new WriteFence(Region.US_EAST_1, new InMemoryTrafficRouter(new ActiveRegion(Region.US_EAST_1, 0)));
    private final InMemoryDoraReadModel model = new InMemoryDoraReadModel();
    private final RecordingMetricsRecorder metrics = new RecordingMetricsRecorder();
    private final ReadYourWrites readYourWrites = new ReadYourWrites(new ProjectDoraFacts(model), metrics);

    @Test
    void a_recorded_deployment_is_in_the_read_model_when_the_call_returns() {
        new RecordDeployment(store, fence, readYourWrites).handle("key-1", deployment("checkout"));

        assertThat(model.facts(ReportScope.ofService("checkout", "production", DAY_START, DAY_END)).deployments())
                .extracting(DeploymentFact::service).containsExactly("checkout");
        assertThat(metrics.recorded()).isEmpty();
    }

    @Test
    void a_recorded_incident_is_in_the_read_model_when_the_call_returns() {
        RecordIncident recordIncident = new RecordIncident(store, fence, readYourWrites);

        recordIncident.handle("key-1", new OpenIncident(new IncidentId("inc-1"), "checkout", "production",
                Severity.HIGH, T0, Optional.empty()));

        assertThat(model.facts(ReportScope.ofService("checkout", "production", DAY_START, DAY_END)).incidents())
                .extracting(IncidentFact::service).containsExactly("checkout");
    }

    @Test
    void a_name_sent_decomposed_is_reported_under_its_composed_spelling() {
        new RecordDeployment(store, fence, readYourWrites).handle("key-1", deployment("cafe\u0301"));

        assertThat(model.facts(ReportScope.ofService("caf\u00e9", "production", DAY_START, DAY_END)).deployments()).hasSize(1);
    }

    @Test
    void a_failing_projection_leaves_the_write_accepted_and_counts_the_failure() {
        DoraReadModel unavailable = new DoraReadModel() {
            @Override
            public void apply(Commit commit) {
                throw new ServiceUnavailable("read model table throttled", true);
            }

            @Override
            public DoraFacts facts(ReportScope scope) {
                return DoraFacts.empty();
            }
        };
        RecordDeployment recordDeployment = new RecordDeployment(store, fence,
                new ReadYourWrites(new ProjectDoraFacts(unavailable), metrics));

        Recorded recorded = recordDeployment.handle("key-1", deployment("checkout"));

        assertThat(recorded.alreadyRecorded()).isFalse();
        assertThat(store.readStream(RELEASE.stream())).hasSize(2);
        assertThat(metrics.recorded()).extracting(Metric::name, Metric::value, Metric::dimensions)
                .containsExactly(Tuple.tuple(ReadYourWrites.FAILED_METRIC, 1.0,
                        Map.of("stream", "deployment", "reason", "ServiceUnavailable")));
    }

    @Test
    void a_retry_projects_nothing_again() {
        int[] applied = {0};
        DoraReadModel counting = new DoraReadModel() {
            @Override
            public void apply(Commit commit) {
                applied[0]++;
            }

            @Override
            public DoraFacts facts(ReportScope scope) {
                return DoraFacts.empty();
            }
        };
        RecordDeployment recordDeployment = new RecordDeployment(store, fence,
                new ReadYourWrites(new ProjectDoraFacts(counting), metrics));

        recordDeployment.handle("key-1", deployment("checkout"));
        recordDeployment.handle("key-1", deployment("checkout"));

        assertThat(applied[0]).isEqualTo(1);
    }

    private static DeploymentCommand.RecordDeployment deployment(String service) {
        return new DeploymentCommand.RecordDeployment(RELEASE, service, "production", "v1.4.0",
                List.of(new Change("a1b2c3d4", T0.minusSeconds(3_600))), T0, DeploymentOutcome.SUCCEEDED,
                T0.plusSeconds(300));
    }
}
