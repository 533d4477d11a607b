package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsledger.aws.dynalite.Dynalite;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class SimulateOnDynamoDbTest {

    /** The default scenario, outage, failover and failback included, cut short and slowed down to stay fast on a server. */
    private static final String[] SHORT_DEFAULT_RUN = {"simulate", "--json", "--duration", "20m", "--writes-per-minute", "3"};

    @Test
    void a_run_on_dynalite_reports_what_the_same_run_in_memory_reports_field_by_field() throws IOException {
        CommandRun inMemory = run(Map.of(), SHORT_DEFAULT_RUN);
        CommandRun onDynalite = run(Map.of(), with(SHORT_DEFAULT_RUN, "--dynamodb-endpoint",
                Dynalite.shared().endpoint().toString()));

        assertThat(onDynalite.exitCode()).as(onDynalite.err()).isZero();
        assertThat(onDynalite.err()).containsPattern("tables are opsledger-us-east-1-seed42-\\d+ and"
                + " opsledger-us-west-2-seed42-\\d+ on http://127\\.0\\.0\\.1:\\d+");
        JsonNode expected = json(inMemory);
        JsonNode actual = json(onDynalite);
        assertThat(expected.get("failovers")).as("the run fails over and back").hasSize(1);
        SoftAssertions fields = new SoftAssertions();
        expected.fieldNames().forEachRemaining(field ->
                fields.assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field)));
        fields.assertThat(actual.size()).as("number of fields").isEqualTo(expected.size());
        fields.assertAll();
    }

    @Test
    void a_dynamodb_endpoint_that_is_not_a_url_is_refused_naming_where_it_came_from() {
        CommandRun fromFlag = run(Map.of(), "simulate", "--dynamodb-endpoint", "localhost:4567");
        CommandRun fromEnvironment = run(Map.of("OPSLEDGER_DYNAMODB_ENDPOINT", "4567"), "simulate");

        assertThat(fromFlag.exitCode()).isEqualTo(Main.USAGE);
        assertThat(fromFlag.err()).contains("--dynamodb-endpoint takes the URL of a DynamoDB server");
        assertThat(fromEnvironment.exitCode()).isEqualTo(Main.USAGE);
        assertThat(fromEnvironment.err()).contains("OPSLEDGER_DYNAMODB_ENDPOINT takes the URL of a DynamoDB server");
    }

    @Test
    void a_dynamodb_server_that_does_not_answer_stops_the_run_and_says_how_to_start_one() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CommandRun result = run(Map.of("OPSLEDGER_DYNAMODB_ENDPOINT", "http://127.0.0.1:" + closedPort), "simulate");

        assertThat(result.exitCode()).isEqualTo(Main.SERVER_FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("no DynamoDB answered at http://127.0.0.1:" + closedPort)
                .contains("npx dynalite --port 4567 --createTableMs 0");
    }

    private static CommandRun run(Map<String, String> env, String... args) {
        return CommandRun.of(env, args);
    }

    private static JsonNode json(CommandRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
