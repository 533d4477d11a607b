package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command line the simulator cannot run is refused at once, in one line on stderr, with exit 2. */
class SimulateRefusesBadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            simulate --outage-length 99999999999999999999s | --outage-length takes a duration from 1s to 24h, not '99999999999999999999s'
            simulate --outage-length 9223372036854775807h | --outage-length takes a duration from 1s to 24h
            simulate --outage-length 9999999999999h | --outage-length takes a duration from 1s to 24h
            simulate --dynamodb-endpoint http://127.0.0.1:99999 | a port is 1 to 65535
            rebuild-read-models --table DevOpsMetrics --dynamodb-endpoint http://127.0.0.1:99999 | a port is 1 to 65535
            simulate --writes-per-minute 2147483647 | --writes-per-minute takes a whole number from 1 to 6000
            simulate --duration 1000h | --duration takes a duration from 1s to 24h
            simulate --check-interval 1ms | --check-interval takes a duration from 1s to 10m
            simulate --check-interval 0 | --check-interval takes a duration from 1s to 10m, not '0'
            simulate --outage-start 40m | --outage-start 40m is not before the end of the run (--duration 30m)
            simulate --outage-length 5m5m | each unit once
            simulate --seed ٣ | --seed takes a whole number
            simulate --writes-per-minute ٦٠ | --writes-per-minute takes a whole number from 1 to 6000
            simulate --outage-length ٥m | --outage-length takes a duration
            simulate --writes-per-minute -5 | --writes-per-minute takes a whole number from 1 to 6000, not '-5'
            simulate --writes-per-minute 0 | --writes-per-minute takes a whole number from 1 to 6000, not '0'
            simulate --failure-threshold 0 | --failure-threshold takes a whole number from 1 to 20
            simulate --seed 1 --seed=2 | --seed is given more than once
            simulate --duration 24h --writes-per-minute 6000 | a run takes at most 100000
            simulate --flap-count 20 --outage-length 24h | it must end within 48h
            simulate --check-interval 1s --outage-length 12h | a run takes at most 20000
            simulate --stream-delay 1ms | --stream-delay takes a duration from 10ms to 10m
            rebuild-read-models --table DevOpsMetrics --table Other | --table is given more than once
            """)
    void refuses_in_one_line_with_exit_2(String commandLine, String message) {
        CommandRun run = CommandRun.of(Map.of(), commandLine.split(" "));

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("opsledger: ").contains(message).hasLineCount(1);
        assertThat(run.err()).doesNotContain("Exception", "PT0S", "healthCheckInterval", "writesPerMinute");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            simulate --dynamodb-endpoint http://user:secret@localhost:4567
            simulate --dynamodb-endpoint http://user:secret@bad_host:4567/x
            rebuild-read-models --table DevOpsMetrics --dynamodb-endpoint http://user:secret@localhost:4567
            """)
    void never_echoes_the_credentials_in_a_url(String commandLine) {
        CommandRun run = CommandRun.of(Map.of(), commandLine.split(" "));

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).doesNotContain("secret", "user:").contains("***@").hasLineCount(1);
    }
}
