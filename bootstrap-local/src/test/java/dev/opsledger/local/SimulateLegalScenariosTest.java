package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Legal command lines that once got wrong figures or a wrong verdict, run exactly as a user typed them. */
class SimulateLegalScenariosTest {

    private static JsonNode simulate(int expectedExit, String... flags) throws IOException {
        List<String> args = new ArrayList<>(List.of("simulate", "--json"));
        args.addAll(List.of(flags));
        CommandRun run = CommandRun.of(Map.of(), args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(expectedExit);
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void back_to_back_outages_are_one_dark_period_and_the_failover_is_measured_from_its_start() throws IOException {
        JsonNode report = simulate(Main.OK, "--seed", "5", "--flap-count", "5", "--outage-length", "30s");

        JsonNode failover = report.get("failovers").get(0);
        assertThat(failover.get("outageStartSeconds").asDouble()).isEqualTo(600.0);
        assertThat(report.get("rtoSeconds").asDouble()).as("2 failed checks 30 s apart come first")
                .isGreaterThanOrEqualTo(60.0);
        assertThat(report.get("rpoSeconds").asDouble()).as("one stream delivery at most").isLessThan(2.25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", "5"})
    void outages_with_a_short_gap_are_measured_from_the_dark_period_that_caused_the_failover(String seed)
            throws IOException {
        JsonNode report = simulate(Main.OK, "--seed", seed, "--flap-count", "5", "--flap-gap", "5s",
                "--outage-length", "40s");

        for (JsonNode failover : report.get("failovers")) {
            assertThat(failover.get("rtoSeconds").asDouble()).isGreaterThanOrEqualTo(60.0);
            assertThat(failover.get("rpoSeconds").asDouble()).isLessThan(2.25);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3"})
    void an_outage_longer_than_the_run_settles_after_it_ends_with_nothing_lost(String seed) throws IOException {
        JsonNode report = simulate(Main.OK, "--seed", seed, "--outage-length", "6h");

        assertThat(report.get("settled").asBoolean()).isTrue();
        assertThat(report.get("endedAtSeconds").asDouble()).isGreaterThan(600.0 + 6 * 3600);
        assertThat(report.get("eventsLost").asLong()).isZero();
        assertThat(report.get("eventsStranded").asLong()).isZero();
        assertThat(report.get("divergentStreams").isNull()).as("divergence checked").isFalse();
        assertThat(report.get("divergentStreams").asInt()).isZero();
    }

    @Test
    void hour_long_back_to_back_outages_from_the_first_second_lose_nothing() throws IOException {
        JsonNode report = simulate(Main.OK, "--seed", "34", "--flap-count", "5", "--outage-start", "1s",
                "--dns-ttl", "1s", "--replication", "scheduled", "--check-interval", "10s",
                "--writes-per-minute", "600", "--outage-length", "1h");

        assertThat(report.get("eventsLost").asLong()).isZero();
        assertThat(report.get("settled").asBoolean()).isTrue();
        assertThat(report.get("failovers").get(0).get("outageStartSeconds").asDouble()).isEqualTo(1.0);
        assertThat(report.get("rtoSeconds").asDouble()).isGreaterThanOrEqualTo(20.0);
    }

    @Test
    void quarantined_writes_are_explained_as_acknowledged_and_kept_for_an_operator() throws IOException {
        JsonNode report = simulate(Main.OK, "--scenario", "scheduled-5min", "--seed", "1");
        CommandRun table = CommandRun.of(Map.of(), "simulate", "--scenario", "scheduled-5min", "--seed", "1");

        assertThat(report.get("quarantined").asInt()).isPositive();
        assertThat(report.get("eventsLost").asLong()).isZero();
        assertThat(report.get("notes").toString()).contains("acknowledged", "quarantine record for an operator",
                "not applied");
        assertThat(table.out()).contains("kept for an operator, not applied");
    }
}
