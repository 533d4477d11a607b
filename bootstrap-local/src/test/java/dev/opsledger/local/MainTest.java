package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.simulation.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    /** A short run with one outage, failover and failback, to keep the suite fast. */
    private static final List<String> SHORT_RUN = List.of("--duration", "8m", "--outage-start", "2m",
            "--outage-length", "3m", "--failback-after", "1m");

    private static CommandRun run(String... args) {
        return CommandRun.of(Map.of(), args);
    }

    private static String[] simulate(String... flags) {
        List<String> args = new ArrayList<>(List.of("simulate"));
        args.addAll(SHORT_RUN);
        args.addAll(List.of(flags));
        return args.toArray(String[]::new);
    }

    @Test
    void simulate_json_prints_the_measured_figures() throws Exception {
        CommandRun result = run(simulate("--json", "--seed", "5"));

        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(result.exitCode()).isZero();
        // A run slower than a few seconds of wall clock (a loaded machine) shows its progress; nothing else goes there.
        assertThat(result.err().lines()).allMatch(line -> line.startsWith("opsledger: simulated "));
        assertThat(report.get("scenario").asText()).isEqualTo("default");
        assertThat(report.get("seed").asLong()).isEqualTo(5);
        assertThat(report.get("rpoSeconds").isNumber()).isTrue();
        assertThat(report.get("rtoSeconds").asDouble()).isPositive();
        assertThat(report.get("eventsLost").asLong()).isZero();
        assertThat(report.get("divergentStreams").asInt()).isZero();
        assertThat(report.has("writesFenced")).isTrue();
        assertThat(report.has("reapplied")).isTrue();
        assertThat(report.has("quarantined")).isTrue();
        assertThat(report.get("knobs").get("outageStartSeconds").asDouble()).isEqualTo(120.0);
    }

    @Test
    void simulate_as_deployed_runs_the_schedule_the_stacks_deploy() throws Exception {
        CommandRun result = run(simulate("--scenario", "as-deployed", "--json"));

        JsonNode report = new ObjectMapper().readTree(result.out());
        JsonNode knobs = report.get("knobs");
        FailoverSchedule deployed = FailoverSchedule.AS_DEPLOYED;
        assertThat(result.exitCode()).isZero();
        assertThat(report.get("scenario").asText()).isEqualTo("as-deployed");
        assertThat(knobs.get("healthCheckIntervalSeconds").asDouble()).isEqualTo(deployed.checkInterval().toSeconds());
        assertThat(knobs.get("failureThreshold").asInt()).isEqualTo(deployed.failureThreshold());
        assertThat(knobs.get("dnsTtlSeconds").asDouble()).isEqualTo(deployed.dnsTtl().toSeconds());
        assertThat(knobs.get("replicationIntervalSeconds").asDouble()).isEqualTo(deployed.reconcileInterval().toSeconds());
        assertThat(report.get("rtoSeconds").asDouble()).isPositive().isLessThanOrEqualTo(180.0);
    }

    @Test
    void simulate_json_lists_the_headline_figures_first() {
        String json = run(simulate("--json")).out();

        assertThat(json.indexOf("\"rpoSeconds\"")).isLessThan(json.indexOf("\"rtoSeconds\""));
        assertThat(json.indexOf("\"rtoSeconds\"")).isLessThan(json.indexOf("\"eventsLost\""));
        assertThat(json.indexOf("\"eventsLost\"")).isLessThan(json.indexOf("\"knobs\""));
    }

    @Test
    void the_same_seed_prints_byte_identical_json_and_another_seed_does_not() {
        String first = run(simulate("--json", "--seed", "11")).out();
        String second = run(simulate("--json", "--seed=11")).out();
        String other = run(simulate("--json", "--seed", "12")).out();

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void simulate_without_json_prints_a_table_against_the_targets() {
        CommandRun result = run("simulate", "--scenario", "scheduled-5min", "--duration", "8m", "--outage-start", "4m",
                "--outage-length", "3m", "--failback-after", "1m");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("scenario scheduled-5min", "RPO", "RTO", "events lost",
                "writes accepted by a fenced region", "Failovers", "Alerts sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "help", "-h"})
    void help_explains_every_command_flag_and_scenario(String help) {
        CommandRun result = run(help);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("simulate", "--scenario", "--json");
        assertThat(result.out()).contains("rebuild-read-models", "--table NAME", "--region R", "--fresh");
        assertThat(result.out()).contains(ScenarioFlags.KNOBS.stream().map(ScenarioFlags.Knob::flag).toList());
        assertThat(result.out()).contains(Scenarios.names());
    }

    @Test
    void no_arguments_prints_the_help() {
        CommandRun result = run();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(run("--help").out());
    }

    @Test
    void simulate_help_prints_the_help_without_running() {
        CommandRun result = run("simulate", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Scenarios:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"simulate --bogus 1", "simulate --scenario nope", "simulate --dns-ttl soon",
            "simulate --replication sometimes", "simulate --seed", "simulate stray", "simulate --json=yes",
            "simulate --check-interval 0", "serve-the-moon", "rebuild-read-models --table",
            "rebuild-read-models --table DevOpsMetrics --bogus", "rebuild-read-models --table DevOpsMetrics stray",
            "rebuild-read-models --table DevOpsMetrics --fresh=yes", "rebuild-read-models --table x",
            "rebuild-read-models --table DevOpsMetrics --region nowhere",
            "rebuild-read-models --table DevOpsMetrics --dynamodb-endpoint localhost:4567"})
    void a_command_line_it_does_not_understand_exits_2_with_a_message_on_stderr(String commandLine) {
        CommandRun result = run(commandLine.split(" "));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("opsledger: ").contains("--help");
    }

    @Test
    void rebuild_read_models_without_a_table_names_the_missing_option() {
        CommandRun result = run("rebuild-read-models", "--fresh");

        assertThat(result.exitCode()).isEqualTo(Main.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("opsledger: rebuild-read-models needs --table NAME");
    }

    @Test
    void rebuild_read_models_help_prints_the_help_without_touching_a_table() {
        CommandRun result = run("rebuild-read-models", "--table", "DevOpsMetrics", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(run("--help").out());
    }

    @Test
    void an_unknown_scenario_is_named_with_the_known_ones() {
        assertThat(run("simulate", "--scenario", "nope").err()).contains("'nope'", "flapping-primary");
    }
}
