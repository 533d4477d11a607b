package dev.opsledger.aws.readmodel;

import static dev.opsledger.aws.readmodel.HealthHistory.T0;
import static dev.opsledger.aws.readmodel.HealthHistory.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.dora.DoraLog;
import dev.opsledger.application.health.summary.ActiveRegionSummary;
import dev.opsledger.application.health.summary.HealthSummary;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.Region;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DynamoDbHealthSummaryTest {

    private final Dynalite dynalite = Dynalite.shared();
    private final String table = ReadModelTables.fresh();
    private final DynamoDbHealthSummary summary = new DynamoDbHealthSummary(dynalite.client(), table);

    @Test
    void summarises_each_components_latest_check_and_status_the_active_region_and_each_routes_lag() {
        HealthHistory.COMMITS.forEach(summary::apply);

        assertThat(summary.read()).isEqualTo(HealthHistory.SUMMARY);
    }

    @Test
    void a_switch_under_way_shows_the_region_taking_over_at_the_raised_epoch() {
        summary.apply(HealthHistory.COMMITS.get(5));

        assertThat(summary.read().activeRegion())
                .contains(new ActiveRegionSummary(Region.US_WEST_2, 1, true, T0.plus(minutes(10))));
    }

    @Test
    void commits_at_or_below_the_version_folded_in_write_nothing() {
        HealthHistory.COMMITS.forEach(summary::apply);
        var items = ReadModelTables.items(table);

        HealthHistory.COMMITS.forEach(summary::apply);
        summary.apply(HealthHistory.COMMITS.getFirst());
        summary.apply(HealthHistory.COMMITS.get(5));

        assertThat(ReadModelTables.items(table)).isEqualTo(items);
        assertThat(summary.read()).isEqualTo(HealthHistory.SUMMARY);
    }

    @Test
    void four_projectors_interleaving_the_streams_differently_lose_no_update() throws Exception {
        Concurrently.run(LongStream.rangeClosed(1, 4)
                .<Runnable>mapToObj(seed -> () -> DoraLog.interleaved(HealthHistory.COMMITS, seed)
                        .forEach(new DynamoDbHealthSummary(dynalite.client(), table)::apply))
                .toList());

        assertThat(summary.read()).isEqualTo(HealthHistory.SUMMARY);
    }

    @Test
    void commits_of_deployments_and_incidents_are_not_its_business() {
        IncidentId incident = new IncidentId("i1");
        summary.apply(DoraLog.commit(incident.stream(), 1, T0,
                new IncidentOpened(incident, "checkout", "production", Severity.HIGH, T0, Optional.empty())));

        assertThat(ReadModelTables.items(table)).isEmpty();
        assertThat(summary.read()).isEqualTo(new HealthSummary(List.of(), Optional.empty(), List.of()));
    }
}
