package dev.opsledger.aws.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsRegionAdaptersTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final InstantSource CLOCK = Clock.fixed(NOON, ZoneOffset.UTC);
    private static final IncidentId INCIDENT = new IncidentId("inc-7");

    private final ByteArrayOutputStream metricsOut = new ByteArrayOutputStream();

    @Test
    void the_event_store_and_the_open_problems_live_in_the_region_table() {
        Dynalite dynalite = Dynalite.shared();
        String table = dynalite.createEventTable();
        try (AwsRegionAdapters adapters = adapters(env(Map.of(
                "OPSLEDGER_TABLE", table, "OPSLEDGER_ENDPOINT_OVERRIDE", dynalite.endpoint().toString())))) {
            EventStore store = adapters.eventStore();
            store.append(INCIDENT.stream(), 0, List.of(new NewEvent(new EventId("e-1"), new IncidentResolved(INCIDENT, NOON))));
            adapters.openProblems().open("health:us-east-1:api");

            assertThat(store.readStream(INCIDENT.stream())).extracting(RecordedEvent::event)
                    .containsExactly(new IncidentResolved(INCIDENT, NOON));
            assertThat(adapters.openProblems().open("health:us-east-1:api")).isFalse();
            assertThat(dynalite.client().scan(scan -> scan.tableName(table)).items())
                    .extracting(item -> item.get("pk").s()).contains("alert:health:us-east-1:api", INCIDENT.stream().value());
        }
    }

    @Test
    void builds_each_adapter_once_and_keeps_it() {
        try (AwsRegionAdapters adapters = adapters(env(Map.of()))) {
            assertThat(adapters.eventStore()).isSameAs(adapters.eventStore());
            assertThat(adapters.doraReadModel()).isSameAs(adapters.doraReadModel());
            assertThat(adapters.openProblems()).isSameAs(adapters.openProblems());
            assertThat(adapters.metrics()).isSameAs(adapters.metrics());
        }
    }

    @Test
    void builds_what_its_settings_allow_and_names_the_variable_an_adapter_asked_for_lacks() {
        try (AwsRegionAdapters adapters = adapters(env(Map.of("OPSLEDGER_HOSTED_ZONE_ID", "Z123")))) {
            assertThat(adapters.eventStore()).isNotNull();
            assertThat(adapters.metrics()).isNotNull();
            assertThatThrownBy(adapters::router).hasMessageContaining("OPSLEDGER_RECORD_NAME");
        }
    }

    @Test
    void without_a_hosted_zone_the_primary_stays_active_and_a_promotion_says_why_it_cannot_happen() {
        try (AwsRegionAdapters adapters = adapters(env(Map.of()))) {
            TrafficRouter router = adapters.router();

            assertThat(router.activeRegion()).isEqualTo(new ActiveRegion(Region.US_EAST_1, 0));
            assertThatThrownBy(() -> router.promote(Region.US_WEST_2, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("OPSLEDGER_HOSTED_ZONE_ID");
        }
    }

    @Test
    void writes_metrics_as_embedded_metric_format_in_the_configured_namespace() {
        try (AwsRegionAdapters adapters = adapters(env(Map.of("OPSLEDGER_METRICS_NAMESPACE", "OpsLedger/Test")))) {
            adapters.metrics().record(new Metric("HealthCheckFailed", 1, Metric.Unit.COUNT, Map.of("Region", "us-east-1"),
                    NOON));

            assertThat(metricsOut.toString(StandardCharsets.UTF_8)).contains("\"Namespace\":\"OpsLedger/Test\"")
                    .contains("\"HealthCheckFailed\":1");
        }
    }

    private AwsRegionAdapters adapters(Map<String, String> env) {
        return new AwsRegionAdapters(AwsSettings.fromEnvironment(env), CLOCK,
                new PrintStream(metricsOut, true, StandardCharsets.UTF_8));
    }

    private static Map<String, String> env(Map<String, String> more) {
        Map<String, String> env = new HashMap<>(Map.of("AWS_REGION", "us-east-1", "OPSLEDGER_TABLE", "DevOpsMetrics",
                "OPSLEDGER_ENDPOINT_OVERRIDE", "http://127.0.0.1:9"));
        env.putAll(more);
        return env;
    }
}
