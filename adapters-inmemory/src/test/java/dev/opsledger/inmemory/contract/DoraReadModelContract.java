package dev.opsledger.inmemory.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.DoraProjection;
import dev.opsledger.domain.dora.DoraReport;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.Region;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DoraReadModel} must do, whatever stores it: be rebuildable by replaying the log in
 * any interleaving of streams, answer every window exactly as the projection over the whole log does,
 * and read as much for a window whatever the number of events stored.
 */
public abstract class DoraReadModelContract<M extends DoraReadModel> {

    private static final List<Commit> LOG = DoraLog.random(7, 1_000, 60);
    private static final Instant DAY_0 = DoraLog.START;

    protected abstract M newModel();

    /** Reads (the implementation's unit of read cost) that {@link DoraReadModel#facts} has made so far. */
    protected abstract long itemsRead(M model);

    /**
     * Applies the commits as a projector would. One at a time in the given order by default; a model made
     * for concurrent projectors may apply different streams at once (each stream's commits in order), which
     * is how it runs and keeps a slow store's suite short.
     */
    protected void applyAll(M model, List<Commit> commits) {
        commits.forEach(model::apply);
    }

    @Test
    void answers_every_window_as_the_projection_over_the_whole_log_does() {
        M model = modelOf(LOG);
        DoraFacts wholeLog = DoraFacts.of(DoraLog.events(LOG));

        for (ReportScope scope : scopes()) {
            assertThat(reportFrom(model, scope)).as(scope.toString()).isEqualTo(DoraProjection.report(wholeLog, scope));
        }
    }

    @Test
    void replaying_the_log_again_changes_no_report() {
        M model = modelOf(LOG);
        List<DoraReport> once = scopes().stream().map(scope -> reportFrom(model, scope)).toList();

        applyAll(model, LOG);

        assertThat(scopes().stream().map(scope -> reportFrom(model, scope)).toList()).isEqualTo(once);
    }

    @Test
    void any_interleaving_of_streams_with_repeated_commits_gives_the_same_reports() {
        M inFeedOrder = modelOf(LOG);

        for (long seed = 1; seed <= 3; seed++) {
            M interleaved = modelOf(DoraLog.interleaved(LOG, seed));
            for (ReportScope scope : scopes()) {
                assertThat(reportFrom(interleaved, scope)).as(scope.toString()).isEqualTo(reportFrom(inFeedOrder, scope));
            }
        }
    }

    @Test
    void a_window_costs_the_same_reads_with_four_times_the_events_on_one_service_or_the_whole_environment() {
        ReportScope week = ReportScope.ofService("checkout", "production", DAY_0.plus(days(10)), DAY_0.plus(days(17)));
        ReportScope everyService = ReportScope.ofEnvironment("production", week.from(), week.to());
        List<Commit> small = DoraLog.random(11, 500, 30);
        List<Commit> large = DoraLog.random(11, 2_000, 30);

        M smallModel = modelOf(small);
        M largeModel = modelOf(large);

        assertThat(readsFor(largeModel, week)).isEqualTo(readsFor(smallModel, week)).isPositive();
        assertThat(readsFor(largeModel, everyService)).isEqualTo(readsFor(smallModel, everyService)).isPositive();
        assertThat(reportFrom(largeModel, week).deploymentFrequency().deployments())
                .isGreaterThan(2 * reportFrom(smallModel, week).deploymentFrequency().deployments());
        assertThat(reportFrom(largeModel, everyService)).isEqualTo(truth(large, everyService));
    }

    @Test
    void a_whole_environment_report_counts_every_service_and_no_other_environment() {
        Commit checkout = deployment("d1", "checkout", DAY_0.plus(hours(30)), DeploymentOutcome.SUCCEEDED);
        Commit search = deployment("d2", "search", DAY_0.plus(hours(40)), DeploymentOutcome.FAILED);
        Commit staging = deployment("d3", "checkout", "staging", DAY_0.plus(hours(20)), DeploymentOutcome.SUCCEEDED);
        ReportScope production = ReportScope.ofEnvironment("production", DAY_0, DAY_0.plus(days(3)));

        DoraReport report = reportFrom(modelOf(List.of(checkout, search, staging)), production);

        assertThat(report).isEqualTo(truth(List.of(checkout, search, staging), production));
        assertThat(report.changeFailureRate().deployments()).isEqualTo(2);
        assertThat(report.changeFailureRate().failedDeployments()).isEqualTo(1);
    }

    @Test
    void a_whole_environment_report_sees_each_service_blamed_by_its_own_incidents_after_the_window() {
        List<Commit> log = List.of(
                deployment("d1", "checkout", DAY_0.plus(hours(30)), DeploymentOutcome.SUCCEEDED),
                deployment("d2", "search", DAY_0.plus(hours(31)), DeploymentOutcome.SUCCEEDED),
                deployment("d3", "search", DAY_0.plus(days(6)), DeploymentOutcome.SUCCEEDED),
                incident("i1", "checkout", DAY_0.plus(days(10)), Optional.empty()),
                incident("i2", "search", DAY_0.plus(days(12)), Optional.empty()));
        ReportScope production = ReportScope.ofEnvironment("production", DAY_0, DAY_0.plus(days(3)));

        DoraReport report = reportFrom(modelOf(log), production);

        assertThat(report).isEqualTo(truth(log, production));
        assertThat(report.changeFailureRate().failedDeployments()).isEqualTo(1);
    }

    @Test
    void a_deployment_is_failed_by_an_unattributed_incident_opened_days_after_the_window() {
        List<Commit> log = List.of(
                deployment("d1", "checkout", DAY_0.plus(hours(30)), DeploymentOutcome.SUCCEEDED),
                incident("i1", "checkout", DAY_0.plus(days(10)), Optional.empty()));

        assertFailedDeployments(log, firstThreeDays(), 1);
    }

    @Test
    void a_success_after_the_window_takes_the_blame_of_a_later_incident_but_a_failure_does_not() {
        List<Commit> successBetween = List.of(
                deployment("d1", "checkout", DAY_0.plus(hours(30)), DeploymentOutcome.SUCCEEDED),
                deployment("d2", "checkout", DAY_0.plus(days(5)), DeploymentOutcome.SUCCEEDED),
                incident("i1", "checkout", DAY_0.plus(days(10)), Optional.empty()));
        List<Commit> failureBetween = List.of(
                deployment("d1", "checkout", DAY_0.plus(hours(30)), DeploymentOutcome.SUCCEEDED),
                deployment("d2", "checkout", DAY_0.plus(days(5)), DeploymentOutcome.FAILED),
                incident("i1", "checkout", DAY_0.plus(days(10)), Optional.empty()));

        assertFailedDeployments(successBetween, firstThreeDays(), 0);
        assertFailedDeployments(failureBetween, firstThreeDays(), 1);
    }

    @Test
    void when_the_first_incident_after_the_window_is_attributed_elsewhere_the_next_one_still_blames_the_window_in_any_order() {
        IncidentId first = new IncidentId("i1");
        List<Commit> log = List.of(
                incident("i2", "checkout", DAY_0.plus(days(12)), Optional.empty()),
                incident("i1", "checkout", DAY_0.plus(days(10)), Optional.empty()),
                deployment("d1", "checkout", DAY_0.plus(hours(30)), DeploymentOutcome.SUCCEEDED),
                DoraLog.commit(first.stream(), 2, DAY_0.plus(days(11)), new IncidentAttributed(first, new DeploymentId("d9"))));
        List<Commit> onlyTheFirst = List.of(log.get(1), log.get(2), log.get(3));

        assertFailedDeployments(log, firstThreeDays(), 1);
        assertFailedDeployments(List.of(log.get(2), log.get(0), log.get(1), log.get(3)),
                ReportScope.ofEnvironment("production", DAY_0, DAY_0.plus(days(3))), 1);
        assertFailedDeployments(onlyTheFirst, firstThreeDays(), 0);
    }

    @Test
    void an_explicit_blame_from_another_service_follows_the_deployment_and_moves_with_a_new_attribution() {
        IncidentId blaming = new IncidentId("i1");
        Commit blamesD1 = incident("i1", "search", DAY_0.plus(days(20)), Optional.of(new DeploymentId("d1")));
        Commit d1 = deployment("d1", "checkout", DAY_0.plus(hours(30)), DeploymentOutcome.SUCCEEDED);
        Commit d9 = deployment("d9", "checkout", DAY_0.plus(days(30)), DeploymentOutcome.SUCCEEDED);
        Commit blamesD9 = DoraLog.commit(blaming.stream(), 2, DAY_0.plus(days(31)),
                new IncidentAttributed(blaming, new DeploymentId("d9")));

        assertFailedDeployments(List.of(blamesD1, d1, d9), firstThreeDays(), 1);
        assertFailedDeployments(List.of(blamesD1, d1, d9, blamesD9), firstThreeDays(), 0);
    }

    @Test
    void a_change_redeployed_in_the_window_counts_at_its_first_delivery_weeks_before_it_whichever_is_applied_first() {
        Change shipped = new Change("abc1234", DAY_0.minus(days(20)));
        Commit first = deployment("d1", "checkout", DAY_0.minus(days(14)), DeploymentOutcome.SUCCEEDED, shipped);
        Commit redeployed = deployment("d2", "checkout", DAY_0.plus(hours(30)), DeploymentOutcome.SUCCEEDED,
                shipped, new Change("def5678", DAY_0.plus(hours(28))));

        for (List<Commit> log : List.of(List.of(first, redeployed), List.of(redeployed, first))) {
            DoraReport report = reportFrom(modelOf(log), firstThreeDays());

            assertThat(report).isEqualTo(truth(log, firstThreeDays()));
            assertThat(report.leadTime().changes()).isEqualTo(1);
            assertThat(report.leadTime().median()).contains(hours(2));
        }
    }

    @Test
    void a_change_counts_at_its_earliest_success_even_when_a_later_one_was_applied_before_it() {
        Change shipped = new Change("abc1234", DAY_0);
        List<Commit> log = List.of(
                deployment("d3", "checkout", DAY_0.plus(hours(50)), DeploymentOutcome.SUCCEEDED, shipped),
                deployment("d2", "checkout", DAY_0.plus(hours(30)), DeploymentOutcome.SUCCEEDED, shipped),
                deployment("d1", "checkout", DAY_0.plus(hours(10)), DeploymentOutcome.FAILED, shipped),
                deployment("d0", "checkout", DAY_0.minus(hours(10)), DeploymentOutcome.SUCCEEDED, shipped));
        ReportScope afterTheFirst = ReportScope.ofService("checkout", "production", DAY_0, DAY_0.plus(days(3)));

        for (int applied = 1; applied <= log.size(); applied++) {
            List<Commit> sofar = log.subList(0, applied);
            assertThat(reportFrom(modelOf(sofar), afterTheFirst)).isEqualTo(truth(sofar, afterTheFirst));
        }
        assertThat(reportFrom(modelOf(log), afterTheFirst).leadTime().changes()).isZero();
    }

    @Test
    void a_commit_that_skips_versions_of_its_stream_is_refused() {
        M model = newModel();
        Commit second = LOG.stream().filter(commit -> commit.firstVersion() == 2).findFirst().orElseThrow();

        assertThatThrownBy(() -> model.apply(second)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commits_of_other_streams_change_nothing() {
        M model = modelOf(LOG);
        ReportScope scope = ReportScope.ofEnvironment("production", DAY_0, DAY_0.plus(days(60)));
        DoraFacts before = model.facts(scope);
        ComponentKey api = new ComponentKey(Region.US_EAST_1, Component.API);

        model.apply(DoraLog.commit(api.streamAt(DAY_0), 1, DAY_0, new CheckRecorded(api, CheckResult.passed(Duration.ZERO, DAY_0))));

        assertThat(model.facts(scope)).isEqualTo(before);
    }

    private void assertFailedDeployments(List<Commit> log, ReportScope scope, int failed) {
        DoraReport report = reportFrom(modelOf(log), scope);
        assertThat(report).isEqualTo(truth(log, scope));
        assertThat(report.changeFailureRate().failedDeployments()).isEqualTo(failed);
    }

    private M modelOf(List<Commit> commits) {
        M model = newModel();
        applyAll(model, commits);
        return model;
    }

    private long readsFor(M model, ReportScope scope) {
        long before = itemsRead(model);
        model.facts(scope);
        return itemsRead(model) - before;
    }

    private static DoraReport reportFrom(DoraReadModel model, ReportScope scope) {
        return DoraProjection.report(model.facts(scope), scope);
    }

    private static DoraReport truth(List<Commit> log, ReportScope scope) {
        return DoraProjection.report(DoraFacts.of(DoraLog.events(log)), scope);
    }

    private static List<ReportScope> scopes() {
        List<ReportScope> scopes = new ArrayList<>();
        for (String environment : DoraLog.ENVIRONMENTS) {
            Stream.concat(DoraLog.SERVICES.stream().map(Optional::of), Stream.of(Optional.<String>empty()))
                    .forEach(service -> Stream.of(
                            new ReportScope(service, environment, DAY_0, DAY_0.plus(days(60))),
                            new ReportScope(service, environment, DAY_0.minus(days(1)), DAY_0.plus(days(1))),
                            new ReportScope(service, environment, DAY_0.plus(days(10)), DAY_0.plus(days(17))),
                            new ReportScope(service, environment, DAY_0.plus(days(20)).plus(hours(3)), DAY_0.plus(days(20)).plus(hours(9))),
                            new ReportScope(service, environment, DAY_0.plus(days(33)).plus(hours(13)), DAY_0.plus(days(37))),
                            new ReportScope(service, environment, DAY_0.plus(days(58)), DAY_0.plus(days(64))))
                            .forEach(scopes::add));
        }
        return scopes;
    }

    private static ReportScope firstThreeDays() {
        return ReportScope.ofService("checkout", "production", DAY_0, DAY_0.plus(days(3)));
    }

    private static Commit deployment(String id, String service, Instant finishedAt, DeploymentOutcome outcome, Change... changes) {
        return deployment(id, service, "production", finishedAt, outcome, changes);
    }

    /** Without changes given, one change committed five hours before the start, whose sha is the deployment's own. */
    private static Commit deployment(
            String id, String service, String environment, Instant finishedAt, DeploymentOutcome outcome, Change... changes) {
        DeploymentId deployment = new DeploymentId(id);
        Instant startedAt = finishedAt.minus(hours(1));
        List<Change> shipped = changes.length > 0 ? List.of(changes)
                : List.of(new Change(HexFormat.of().formatHex(id.getBytes(StandardCharsets.UTF_8)) + "00000000", startedAt.minus(hours(5))));
        return DoraLog.commit(deployment.stream(), 1, finishedAt,
                new DeploymentStarted(deployment, service, environment, "v1", shipped, startedAt),
                new DeploymentFinished(deployment, outcome, finishedAt));
    }

    private static Commit incident(String id, String service, Instant openedAt, Optional<DeploymentId> cause) {
        IncidentId incident = new IncidentId(id);
        return DoraLog.commit(incident.stream(), 1, openedAt,
                new IncidentOpened(incident, service, "production", Severity.HIGH, openedAt, cause));
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }
}
