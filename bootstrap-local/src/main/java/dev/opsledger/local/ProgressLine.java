package dev.opsledger.local;

import dev.opsledger.simulation.RunProgress;
import dev.opsledger.simulation.Scenario;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How far a simulation has got, on stderr: a line every few seconds once a run has lasted long enough for
 * a person to wonder, so stdout stays the report alone.
 */
final class ProgressLine implements RunProgress {

    private static final Duration EVERY = Duration.ofSeconds(5);

    private final PrintStream err;
    private final Scenario scenario;
    private final LongSupplier nanoTime;
    private long nextLineAt;

    /** {@code firstAfter}: how long a run stays silent before its first line. */
    ProgressLine(PrintStream err, Scenario scenario, Duration firstAfter, LongSupplier nanoTime) {
        this.err = err;
        this.scenario = scenario;
        this.nanoTime = nanoTime;
        this.nextLineAt = nanoTime.getAsLong() + firstAfter.toNanos();
    }

    @Override
    public void reached(Duration simulated) {
        long now = nanoTime.getAsLong();
        if (now - nextLineAt < 0) {
            return;
        }
        nextLineAt = now + EVERY.toNanos();
        Duration seconds = Duration.ofSeconds(simulated.toSeconds());
        err.println("opsledger: simulated " + DurationText.format(seconds) + phase(simulated));
    }

    private String phase(Duration simulated) {
        if (simulated.compareTo(scenario.duration()) < 0) {
            return " of " + DurationText.format(scenario.duration()) + " of writes";
        }
        if (simulated.compareTo(scenario.lastOutageEnd()) < 0) {
            return ", waiting for the last outage to end at " + DurationText.format(scenario.lastOutageEnd());
        }
        return ", settling (failback and catch-up)";
    }
}
