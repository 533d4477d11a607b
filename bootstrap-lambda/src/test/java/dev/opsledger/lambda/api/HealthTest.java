package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.failover.FailoverEvent;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthTest {

    private final ApiFixture api = new ApiFixture();

    @Test
    void answers_200_when_every_component_of_both_regions_passed_its_last_check() {
        checkEverything(Region.US_EAST_1);
        checkEverything(Region.US_WEST_2);

        Answer answer = api.call(ProxyEvent.get("/health"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("status").asText()).isEqualTo("healthy");
        assertThat(answer.body().path("components")).hasSize(6);
        assertThat(answer.body().path("components").get(0).path("lastCheckAgeSeconds").asDouble()).isEqualTo(60);
        assertThat(answer.body().path("activeRegion").path("region").asText()).isEqualTo("us-east-1");
    }

    @Test
    void answers_200_when_degraded() {
        Answer answer = api.call(ProxyEvent.get("/health"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("status").asText()).isEqualTo("degraded");
        assertThat(answer.body().path("reasons")).isNotEmpty();
    }

    @Test
    void answers_503_when_a_component_of_the_active_region_is_unhealthy() {
        checkEverything(Region.US_EAST_1);
        checkEverything(Region.US_WEST_2);
        ComponentKey table = new ComponentKey(Region.US_EAST_1, Component.TABLE);
        Instant failedAt = ApiFixture.NOW.minusSeconds(30);
        apply(table, 3, new HealthEvent.CheckRecorded(table, CheckResult.failed(Duration.ofSeconds(5), "timeout", failedAt)),
                new HealthEvent.StatusChanged(table, HealthStatus.HEALTHY, HealthStatus.UNHEALTHY, "timeout", failedAt));

        Answer answer = api.call(ProxyEvent.get("/health"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isPresent();
        assertThat(answer.body().path("status").asText()).isEqualTo("unhealthy");
    }

    @Test
    void answers_the_latest_failovers_and_failbacks_newest_first_with_a_failbacks_orphan_counts() {
        checkEverything(Region.US_EAST_1);
        Instant failedOver = ApiFixture.NOW.minusSeconds(900);
        Instant failedBack = ApiFixture.NOW.minusSeconds(120);
        applySwitches(
                new FailoverEvent.FailoverInitiated(Region.US_EAST_1, Region.US_WEST_2, 1, "api unhealthy", failedOver),
                new FailoverEvent.FailoverCompleted(Region.US_WEST_2, 1, failedOver.plusSeconds(4)),
                new FailoverEvent.FailbackInitiated(Region.US_WEST_2, Region.US_EAST_1, 2, failedBack),
                new FailoverEvent.FailbackCompleted(Region.US_EAST_1, 2, 3, 1, failedBack.plusMillis(2500)));

        Answer answer = api.call(ProxyEvent.get("/health"));

        JsonNode failovers = answer.body().path("failovers");
        assertThat(failovers).hasSize(2);
        assertThat(failovers.get(0).toString()).isEqualTo("{\"kind\":\"failback\",\"from\":\"us-west-2\",\"to\":\"us-east-1\","
                + "\"epoch\":2,\"startedAt\":\"2026-03-01T11:58:00Z\",\"completedAt\":\"2026-03-01T11:58:02.500Z\","
                + "\"durationSeconds\":2.5,\"reapplied\":3,\"quarantined\":1}");
        assertThat(failovers.get(1).path("kind").asText()).isEqualTo("failover");
        assertThat(failovers.get(1).path("durationSeconds").asDouble()).isEqualTo(4);
        assertThat(failovers.get(1).path("reapplied").isNull()).isTrue();
    }

    @Test
    void a_switch_under_way_has_no_completion_yet() {
        applySwitches(new FailoverEvent.FailoverInitiated(Region.US_EAST_1, Region.US_WEST_2, 1, "api unhealthy",
                ApiFixture.NOW.minusSeconds(5)));

        Answer answer = api.call(ProxyEvent.get("/health"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body().path("failovers").get(0).path("completedAt").isNull()).isTrue();
        assertThat(answer.body().path("failovers").get(0).path("durationSeconds").isNull()).isTrue();
    }

    @Test
    void answers_a_503_problem_when_the_summary_cannot_be_read() {
        api.healthFaults.goDark();

        Answer answer = api.call(ProxyEvent.get("/health"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.problemType()).endsWith("/service-unavailable");
    }

    private void checkEverything(Region region) {
        for (Component component : Component.values()) {
            ComponentKey key = new ComponentKey(region, component);
            apply(key, 1, new HealthEvent.CheckRecorded(key,
                    CheckResult.passed(Duration.ofMillis(12), ApiFixture.NOW.minusSeconds(60))));
        }
    }

    private void apply(ComponentKey key, long firstVersion, HealthEvent... events) {
        apply(key.streamAt(ApiFixture.NOW), firstVersion, events);
    }

    private void applySwitches(FailoverEvent... events) {
        apply(RegionPair.DEFAULT.stream(), 1, events);
    }

    private void apply(StreamId stream, long firstVersion, DomainEvent... events) {
        List<RecordedEvent> recorded = new java.util.ArrayList<>();
        for (int index = 0; index < events.length; index++) {
            recorded.add(new RecordedEvent(stream, firstVersion + index,
                    new EventId(stream + "#" + (firstVersion + index)), events[index]));
        }
        api.healthSummary.apply(new Commit(stream, firstVersion, ApiFixture.NOW, recorded));
    }
}
