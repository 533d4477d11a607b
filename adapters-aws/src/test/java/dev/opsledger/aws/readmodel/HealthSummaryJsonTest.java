package dev.opsledger.aws.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.inmemory.contract.HealthHistory;
import dev.opsledger.application.health.summary.ActiveRegionSummary;
import dev.opsledger.application.health.summary.HealthSummaryProjection;
import dev.opsledger.application.health.summary.RouteSummary;
import dev.opsledger.application.health.summary.SummarisedStream.FailoverStream;
import dev.opsledger.application.health.summary.SummarisedStream.RouteStream;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.Region;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The summary item's format is stored, so it is pinned by {@code golden/health-summary.json}: change the
 * file only together with a note that deployed tables need {@code rebuild-read-models --fresh}.
 */
class HealthSummaryJsonTest {

    private static final HealthSummaryProjection FOLDED = HealthHistory.COMMITS.stream()
            .reduce(HealthSummaryProjection.EMPTY, HealthSummaryProjection::evolve, (left, right) -> right);

    @Test
    void writes_the_projection_byte_for_byte_as_its_golden_file() throws IOException {
        assertThat(HealthSummaryJson.write(FOLDED) + "\n").isEqualTo(golden());
    }

    @Test
    void reads_the_golden_file_back_to_an_equal_projection() throws IOException {
        assertThat(HealthSummaryJson.read(golden())).isEqualTo(FOLDED);
    }

    /** Items written before the fold moved into the application left out a healthy status and a route's zero failures. */
    @Test
    void reads_a_component_without_status_as_healthy() throws IOException {
        assertThat(HealthSummaryJson.read(golden().replace("\"status\":\"HEALTHY\",", ""))).isEqualTo(FOLDED);
    }

    @Test
    void reads_a_route_without_failures_as_having_none() {
        ReplicationRoute route = new ReplicationRoute(Region.US_EAST_1, Region.US_WEST_2);

        assertThat(HealthSummaryJson.read("{\"replication:us-east-1>us-west-2\":{\"kind\":\"route\","
                + "\"source\":\"us-east-1\",\"target\":\"us-west-2\",\"applied\":1}}"))
                .isEqualTo(new HealthSummaryProjection(Map.of(route.series(), new RouteStream(route.series(), 1,
                        new RouteSummary(route, Optional.empty(), Optional.empty(), Optional.empty(), 0)))));
    }

    /** Items written before the summary kept switches have none; rebuilding the summary from the log fills them. */
    @Test
    void reads_a_failover_series_without_switches_as_having_none_kept() {
        RegionPair pair = RegionPair.DEFAULT;
        Instant since = Instant.parse("2025-03-01T00:12:00Z");

        assertThat(HealthSummaryJson.read("{\"failover:us-east-1+us-west-2\":{\"kind\":\"failover\","
                + "\"region\":\"us-west-2\",\"epoch\":1,\"switching\":false,\"since\":\"2025-03-01T00:12:00Z\",\"applied\":2}}"))
                .isEqualTo(new HealthSummaryProjection(Map.of(pair.stream(), new FailoverStream(pair.stream(), 2,
                        new ActiveRegionSummary(Region.US_WEST_2, 1, false, since), List.of()))));
    }

    @Test
    void refuses_an_item_that_is_not_json() {
        assertThatThrownBy(() -> HealthSummaryJson.read("{\"health:us-east-1:api\":"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not JSON");
    }

    private static String golden() throws IOException {
        try (InputStream file = HealthSummaryJsonTest.class.getResourceAsStream("/golden/health-summary.json")) {
            return new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
