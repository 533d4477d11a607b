package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeFlagsTest {

    @Test
    void a_port_that_is_not_one_is_refused_naming_the_flag() {
        for (String port : new String[] {"http", "-1", "65536"}) {
            CommandRun run = CommandRun.of(Map.of(), "serve", "--port", port);

            assertThat(run.exitCode()).isEqualTo(Main.USAGE);
            assertThat(run.err()).contains("--port takes a port number from 0 (any free port) to 65535, not '" + port + "'");
        }
    }

    @Test
    void an_unknown_flag_a_blank_key_and_an_endpoint_that_is_no_url_are_refused() {
        assertThat(CommandRun.of(Map.of(), "serve", "--chaotic").err()).contains("serve does not know the flag --chaotic");
        assertThat(CommandRun.of(Map.of(), "serve", "--chaos=yes").err()).contains("--chaos takes no value");
        assertThat(CommandRun.of(Map.of(), "serve", "--api-key", " ").err()).contains("--api-key must not be blank");
        assertThat(CommandRun.of(Map.of(), "serve", "--dynamodb-endpoint", "localhost:4567").err())
                .contains("--dynamodb-endpoint takes the URL of a DynamoDB server");
    }

    @Test
    void a_check_interval_outside_its_limits_is_refused_naming_them() {
        for (String interval : new String[] {"500ms", "6m", "often"}) {
            CommandRun run = CommandRun.of(Map.of(), "serve", "--check-interval", interval);

            assertThat(run.exitCode()).isEqualTo(Main.USAGE);
            assertThat(run.err()).contains("--check-interval").contains("'" + interval + "'");
        }
        assertThat(CommandRun.of(Map.of(), "serve", "--check-interval", "6m").err())
                .contains("--check-interval takes a duration from 1s to 5m, not '6m'");
    }

    @Test
    void a_port_already_taken_is_refused_with_advice_and_nothing_left_running() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRun run = CommandRun.of(Map.of(), "serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(Main.USAGE);
            assertThat(run.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("Choose another port with --port");
            assertThat(run.out()).doesNotContain("OpsLedger is serving");
        }
    }

    @Test
    void the_help_names_serve_and_its_flags() {
        assertThat(CommandRun.of(Map.of(), "--help").out())
                .contains("./opsledger serve [--port 8080] [--host 127.0.0.1] [--dynamodb-endpoint URL] [--api-key KEY]")
                .contains("--api-key KEY").contains("--check-interval D").contains("--chaos");
    }
}
