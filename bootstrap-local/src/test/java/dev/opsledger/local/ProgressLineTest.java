package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.simulation.Scenarios;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ProgressLine progress = new ProgressLine(new PrintStream(err, true, StandardCharsets.UTF_8),
            Scenarios.named("default"), Duration.ofSeconds(3), nanos::get);

    @Test
    void stays_silent_while_a_run_is_short_then_tells_every_few_seconds_how_far_it_got() {
        progress.reached(Duration.ofMinutes(1));
        nanos.set(Duration.ofSeconds(3).toNanos());
        progress.reached(Duration.ofMinutes(12));
        nanos.set(Duration.ofSeconds(4).toNanos());
        progress.reached(Duration.ofMinutes(20));
        nanos.set(Duration.ofSeconds(8).toNanos());
        progress.reached(Duration.ofMinutes(45));

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "opsledger: simulated 12m of 30m of writes",
                "opsledger: simulated 45m, settling (failback and catch-up)");
    }
}
