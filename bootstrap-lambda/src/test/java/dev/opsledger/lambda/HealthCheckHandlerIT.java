package dev.opsledger.lambda;

import static dev.opsledger.lambda.runtime.FunctionTestbed.EAST;
import static dev.opsledger.lambda.runtime.FunctionTestbed.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsledger.lambda.runtime.FunctionTestbed;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint.Answer;
import dev.opsledger.lambda.runtime.LambdaEventSamples;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class HealthCheckHandlerIT {

    private static final String HANDLER = "dev.opsledger.lambda.HealthCheckHandler::handleRequest";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    private final FunctionTestbed testbed = new FunctionTestbed();
    @AutoClose
    private final RuntimeApiEndpoint runtimeApi = new RuntimeApiEndpoint();

    @Test
    void the_primary_probes_its_api_table_and_function_records_the_checks_and_renews_its_write_lease()
            throws Exception {
        Instant before = testbed.writeLease(EAST).orElseThrow().expiresAt();
        Instant invoked = Instant.now();
        testbed.start(HANDLER, EAST, Map.of("OPSLEDGER_HEALTH_CHECK_INTERVAL_SECONDS", "60"), runtimeApi);

        Answer answer = runtimeApi.invoke(LambdaEventSamples.scheduledEvent(EAST), TIMEOUT);

        JsonNode round = JSON.readTree(answer.body()).at("/rounds/0");
        assertThat(round.at("/region/name").asText()).as(answer.body()).isEqualTo(EAST);
        assertThat(round.at("/region/allPassed").asBoolean()).isTrue();
        assertThat(round.has("primary")).isFalse();
        assertThat(testbed.commitItems(EAST)).hasSize(3);
        // The stand-in's fence names us-east-1 at epoch 0; a check every 60 s renews for two checks and 5 s, which
        // leaves the testbed's hour-long lease standing, as a renewal never shortens a lease.
        assertThat(round.at("/writeLease/region").asText()).isEqualTo(EAST);
        assertThat(Instant.parse(round.at("/writeLease/expiresAt").asText()))
                .isBetween(invoked.plusSeconds(125), Instant.now().plusSeconds(125));
        assertThat(testbed.writeLease(EAST).orElseThrow().expiresAt()).isEqualTo(before);
    }

    @Test
    void the_secondary_also_watches_the_primary_in_rounds_spaced_by_the_configured_interval() throws Exception {
        testbed.start(HANDLER, WEST, Map.of("OPSLEDGER_HEALTH_CHECK_INTERVAL_SECONDS", "30"), runtimeApi);

        Answer answer = runtimeApi.invoke(LambdaEventSamples.scheduledEvent(WEST), TIMEOUT);

        JsonNode rounds = JSON.readTree(answer.body()).get("rounds");
        assertThat(rounds).as(answer.body()).hasSize(2);
        assertThat(rounds.get(1).at("/primary/name").asText()).isEqualTo(EAST);
        assertThat(rounds.get(1).at("/primary/allPassed").asBoolean()).isTrue();
        assertThat(rounds.get(1).at("/primary/failedOverTo").isMissingNode()).isTrue();
    }
}
