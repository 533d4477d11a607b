package dev.opsledger.application.dora;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.recording.RecordDeployment;
import dev.opsledger.application.recording.RecordIncident;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.DoraReport;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.requestkey.RequestKey;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.dora.InMemoryDoraReadModel;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComputeDoraMetricsTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T00:00:00Z");
    private static final ReportScope WEEK = ReportScope.ofService("checkout", "production", MONDAY, MONDAY.plus(Duration.ofDays(7)));

    private final VirtualClock clock = new VirtualClock(MONDAY.plus(Duration.ofDays(8)));
    private final InMemoryEventStore store = new InMemoryEventStore(clock);
    private final WriteFence fence =
            new WriteFence(Region.US_EAST_1, new InMemoryTrafficRouter(new ActiveRegion(Region.US_EAST_1, 0)));
    private final InMemoryDoraReadModel model = new InMemoryDoraReadModel();

    @Test
    void reports_the_week_recorded_through_the_use_cases_and_projected_from_the_feed() {
        recordWeek();

        new ProjectDoraFacts(model).project(feed());
        DoraReport report = new ComputeDoraMetrics(model).report(WEEK);

        assertThat(report.deploymentFrequency().deployments()).isEqualTo(2);
        assertThat(report.deploymentFrequency().attempts()).isEqualTo(3);
        assertThat(report.deploymentFrequency().deploymentDays()).isEqualTo(2);
        assertThat(report.leadTime().median()).contains(Duration.ofHours(3));
        assertThat(report.leadTime().p90()).contains(Duration.ofHours(4));
        assertThat(report.changeFailureRate().failedDeployments()).isEqualTo(2);
        assertThat(report.timeToRestore().median()).contains(Duration.ofMinutes(90));
    }

    @Test
    void without_a_service_reports_every_service_of_the_environment() {
        recordWeek();
        new RecordDeployment(store, fence).handle("s1", new DeploymentCommand.RecordDeployment(new DeploymentId("s1"), "search",
                "production", "v-s1", List.of(new Change("abcdef04", at(4, 8))), at(4, 9), DeploymentOutcome.SUCCEEDED, at(4, 10)));

        new ProjectDoraFacts(model).project(feed());
        DoraReport report = new ComputeDoraMetrics(model).report(ReportScope.ofEnvironment("production", WEEK.from(), WEEK.to()));

        assertThat(report.deploymentFrequency().deployments()).isEqualTo(3);
        assertThat(report.deploymentFrequency().attempts()).isEqualTo(4);
        assertThat(report.leadTime().changes()).isEqualTo(3);
        assertThat(report.changeFailureRate().failedDeployments()).isEqualTo(2);
        assertThat(new ComputeDoraMetrics(model).report(WEEK).deploymentFrequency().deployments()).isEqualTo(2);
    }

    @Test
    void projecting_the_feed_again_changes_no_report() {
        recordWeek();
        ProjectDoraFacts projection = new ProjectDoraFacts(model);
        projection.project(feed());
        DoraReport once = new ComputeDoraMetrics(model).report(WEEK);

        projection.project(feed());

        assertThat(new ComputeDoraMetrics(model).report(WEEK)).isEqualTo(once);
    }

    @Test
    void hands_the_model_only_deployment_and_incident_commits() {
        recordWeek();
        ComponentKey api = new ComponentKey(Region.US_EAST_1, Component.API);
        store.append(api.streamAt(MONDAY), 0, List.of(new NewEvent(new EventId("check-1"),
                new CheckRecorded(api, CheckResult.passed(Duration.ofMillis(30), MONDAY)))));
        List<Commit> applied = new ArrayList<>();

        new ProjectDoraFacts(new DoraReadModel() {
            @Override
            public void apply(Commit commit) {
                applied.add(commit);
            }

            @Override
            public DoraFacts facts(ReportScope scope) {
                return DoraFacts.empty();
            }
        }).project(feed());

        assertThat(applied).isNotEmpty().containsExactlyElementsOf(feed().stream()
                .filter(commit -> !commit.stream().equals(api.streamAt(MONDAY)))
                .filter(commit -> !commit.stream().category().equals(RequestKey.STREAM_CATEGORY))
                .toList());
    }

    private void recordWeek() {
        RecordDeployment deployments = new RecordDeployment(store, fence);
        deployments.handle("d1", deployment("d1", "abcdef01", at(0, 10), DeploymentOutcome.SUCCEEDED, Duration.ofHours(2)));
        deployments.handle("d2", deployment("d2", "abcdef02", at(1, 15), DeploymentOutcome.FAILED, Duration.ofHours(1)));
        deployments.handle("d3", deployment("d3", "abcdef03", at(2, 11), DeploymentOutcome.SUCCEEDED, Duration.ofHours(4)));
        RecordIncident incidents = new RecordIncident(store, fence);
        IncidentId outage = new IncidentId("i1");
        incidents.handle("i1-open", new OpenIncident(outage, "checkout", "production", Severity.HIGH, at(3, 9), Optional.empty()));
        incidents.handle("i1-resolve", new ResolveIncident(outage, at(3, 9).plus(Duration.ofMinutes(90))));
    }

    private static DeploymentCommand deployment(String id, String sha, Instant finishedAt, DeploymentOutcome outcome, Duration leadTime) {
        Instant startedAt = finishedAt.minus(Duration.ofMinutes(20));
        return new DeploymentCommand.RecordDeployment(new DeploymentId(id), "checkout", "production", "v-" + id,
                List.of(new Change(sha, finishedAt.minus(leadTime))), startedAt, outcome, finishedAt);
    }

    private List<Commit> feed() {
        return store.readFeed(LogPosition.START, 100).commits();
    }

    private static Instant at(int day, int hour) {
        return MONDAY.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
    }
}
