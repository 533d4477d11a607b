package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent;
import dev.opsledger.domain.health.HealthStatus;
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
        StreamId stream = key.streamAt(ApiFixture.NOW);
        List<RecordedEvent> recorded = new java.util.ArrayList<>();
        for (int index = 0; index < events.length; index++) {
            recorded.add(new RecordedEvent(stream, firstVersion + index,
                    new EventId(stream + "#" + (firstVersion + index)), events[index]));
        }
        api.healthSummary.apply(new Commit(stream, firstVersion, ApiFixture.NOW, recorded));
    }
}
