package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Servers on loopback that are not the DynamoDB the user meant: each told in one line naming the endpoint. */
class MisbehavingServerTest {

    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    @Test
    void a_server_that_takes_the_connection_and_never_answers_is_given_up_on_within_15_seconds() throws IOException {
        String endpoint = silentServer();
        long started = System.nanoTime();

        CommandRun run = CommandRun.of(Map.of(), "simulate", "--dynamodb-endpoint", endpoint);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertThat(run.exitCode()).isEqualTo(Main.SERVER_FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("opsledger: no DynamoDB answered at " + endpoint + " within "
                + ServerFailure.CALL_TIMEOUT.toSeconds() + " s: the server took the connection and sent nothing back;"
                + " is it a DynamoDB server (dynalite)?\n");
    }

    @Test
    void a_server_that_answers_html_is_told_in_one_line() throws IOException {
        String endpoint = htmlServer();

        CommandRun simulate = CommandRun.of(Map.of(), "simulate", "--dynamodb-endpoint", endpoint);
        CommandRun rebuild = CommandRun.of(Map.of(), "rebuild-read-models", "--table", "DevOpsMetrics",
                "--dynamodb-endpoint", endpoint);

        assertThat(simulate.exitCode()).isEqualTo(Main.SERVER_FAILED);
        assertThat(simulate.err()).contains(endpoint, "not in DynamoDB's JSON").hasLineCount(1);
        assertThat(rebuild.exitCode()).isEqualTo(Main.SERVER_FAILED);
        assertThat(rebuild.err()).contains(endpoint).hasLineCount(1);
    }

    @Test
    void an_unknown_host_is_called_so_without_asking_for_aws_credentials() {
        CommandRun run = CommandRun.of(Map.of(), "simulate", "--dynamodb-endpoint", "http://no-such-host.invalid");

        assertThat(run.exitCode()).isEqualTo(Main.SERVER_FAILED);
        assertThat(run.err()).isEqualTo("opsledger: no DynamoDB server at http://no-such-host.invalid: unknown host"
                + " 'no-such-host.invalid'\n");
    }

    @Test
    void a_region_given_for_a_local_server_is_explained() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        CommandRun run = CommandRun.of(Map.of(), "rebuild-read-models", "--table", "DevOpsMetrics", "--region",
                "eu-central-1", "--dynamodb-endpoint", "http://127.0.0.1:" + closedPort);

        assertThat(run.err().lines().findFirst()).hasValue("opsledger: --region eu-central-1 only signs the"
                + " requests: the server at http://127.0.0.1:" + closedPort + " answers for any region, with the"
                + " tables it has");
    }

    /** Accepts every connection and reads what comes, never answering. */
    private String silentServer() throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        servers.add(socket);
        Thread.ofVirtual().start(() -> {
            List<Socket> held = new ArrayList<>();
            try {
                while (!socket.isClosed()) {
                    Socket connection = socket.accept();
                    held.add(connection);
                    Thread.ofVirtual().start(() -> drain(connection));
                }
            } catch (IOException closed) {
                held.forEach(MisbehavingServerTest::closeQuietly);
            }
        });
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private String htmlServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = "<html>\n<body><h1>Welcome</h1></body>\n</html>\n".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        servers.add(() -> server.stop(0));
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void drain(Socket connection) {
        try (InputStream in = connection.getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException closed) {
            // the client gave up, as it should
        }
    }

    private static void closeQuietly(Socket connection) {
        try {
            connection.close();
        } catch (IOException alreadyClosed) {
            // nothing left to release
        }
    }
}
