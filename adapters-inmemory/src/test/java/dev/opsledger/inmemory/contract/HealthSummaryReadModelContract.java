package dev.opsledger.inmemory.contract;

import static dev.opsledger.inmemory.contract.HealthHistory.T0;
import static dev.opsledger.inmemory.contract.HealthHistory.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.health.summary.ActiveRegionSummary;
import dev.opsledger.application.health.summary.HealthSummary;
import dev.opsledger.application.health.summary.HealthSummaryReadModel;
import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.Region;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HealthSummaryReadModel} must do, whatever stores it: summarise the health,
 * replication and failover streams as the projection folds them, whatever the interleaving of streams,
 * however often a commit comes again, and however many projectors apply commits at once.
 */
public abstract class HealthSummaryReadModelContract<M extends HealthSummaryReadModel> {

    private static final HealthSummary EMPTY = new HealthSummary(List.of(), Optional.empty(), List.of(), List.of());

    protected abstract M newModel();

    @Test
    void reads_an_empty_summary_before_any_commit() {
        assertThat(newModel().read()).isEqualTo(EMPTY);
    }

    @Test
    void summarises_each_components_latest_check_and_status_the_active_region_and_each_routes_lag() {
        M model = newModel();

        HealthHistory.COMMITS.forEach(model::apply);

        assertThat(model.read()).isEqualTo(HealthHistory.SUMMARY);
    }

    @Test
    void a_switch_under_way_shows_the_region_taking_over_at_the_raised_epoch() {
        M model = newModel();

        model.apply(HealthHistory.COMMITS.get(5));

        assertThat(model.read().activeRegion())
                .contains(new ActiveRegionSummary(Region.US_WEST_2, 1, true, T0.plus(minutes(10))));
    }

    @Test
    void commits_applied_again_or_older_than_their_streams_latest_change_nothing() {
        M model = newModel();
        HealthHistory.COMMITS.forEach(model::apply);

        HealthHistory.COMMITS.reversed().forEach(model::apply);
        model.apply(HealthHistory.COMMITS.getFirst());

        assertThat(model.read()).isEqualTo(HealthHistory.SUMMARY);
    }

    @Test
    void any_interleaving_of_streams_with_repeated_commits_gives_the_same_summary() {
        for (long seed = 1; seed <= 5; seed++) {
            M model = newModel();

            DoraLog.interleaved(HealthHistory.COMMITS, seed).forEach(model::apply);

            assertThat(model.read()).as("interleaving " + seed).isEqualTo(HealthHistory.SUMMARY);
        }
    }

    @Test
    void four_projectors_interleaving_the_streams_differently_lose_no_update() throws Exception {
        M model = newModel();
        List<List<Commit>> projectors = LongStream.rangeClosed(1, 4)
                .mapToObj(seed -> DoraLog.interleaved(HealthHistory.COMMITS, seed)).toList();

        try (ExecutorService threads = Executors.newFixedThreadPool(projectors.size())) {
            List<Future<?>> running = projectors.stream()
                    .<Future<?>>map(commits -> threads.submit(() -> commits.forEach(model::apply))).toList();
            for (Future<?> projector : running) {
                projector.get();
            }
        }

        assertThat(model.read()).isEqualTo(HealthHistory.SUMMARY);
    }

    @Test
    void commits_of_deployments_and_incidents_are_not_its_business() {
        M model = newModel();
        IncidentId incident = new IncidentId("i1");

        model.apply(DoraLog.commit(incident.stream(), 1, T0,
                new IncidentOpened(incident, "checkout", "production", Severity.HIGH, T0, Optional.empty())));

        assertThat(model.read()).isEqualTo(EMPTY);
    }
}
