package dev.opsledger.lambda.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryHealthSummaryReadModel;
import dev.opsledger.inmemory.InMemoryWriteLeases;
import dev.opsledger.inmemory.RecordingMetricsRecorder;
import dev.opsledger.inmemory.dora.InMemoryDoraReadModel;
import dev.opsledger.lambda.api.Api;
import dev.opsledger.lambda.api.ApiPorts;
import dev.opsledger.lambda.api.ApiServices;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiPrimingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_dry_requests_go_through_routing_validation_and_reads_then_read_the_fence_and_store_nothing()
            throws Exception {
        InMemoryEventStore store = new InMemoryEventStore(Clock.systemUTC());
        Api api = new Api(ApiServices.of(new ApiPorts(Region.US_EAST_1, RegionPair.DEFAULT, store,
                new InMemoryDoraReadModel(), new InMemoryHealthSummaryReadModel(),
                new InMemoryWriteLeases(), new RecordingMetricsRecorder()),
                Clock.systemUTC(), line -> { }));
        List<String> steps = new ArrayList<>();

        SnapStartPriming priming = ApiPriming.register((event, ignored) -> {
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            api.handle(event, response);
            steps.add(JSON.readTree(response.toByteArray()).get("statusCode").asText());
        }, () -> steps.add("fence read"));
        priming.beforeCheckpoint(null);

        assertThat(steps).containsExactly("400", "404", "200", "404", "fence read");
        assertThat(store.allCommits()).isEmpty();
    }
}
