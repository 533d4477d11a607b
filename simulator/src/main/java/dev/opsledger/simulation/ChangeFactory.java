package dev.opsledger.simulation;

import dev.opsledger.domain.deployment.Change;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The commits a simulated deployment ships: one to three, committed between ten minutes and three days before it. */
final class ChangeFactory {

    private static final long THREE_DAYS_IN_SECONDS = Duration.ofDays(3).toSeconds();

    private final SplittableRandom random;

    ChangeFactory(SplittableRandom random) {
        this.random = random;
    }

    List<Change> before(Instant startedAt) {
        int count = 1 + random.nextInt(3);
        List<Change> shipped = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long ageSeconds = 600 + random.nextLong(THREE_DAYS_IN_SECONDS);
            shipped.add(new Change(sha(), startedAt.minusSeconds(ageSeconds)));
        }
        return shipped;
    }

    private String sha() {
        return "%016x%016x%08x".formatted(random.nextLong(), random.nextLong(), random.nextInt());
    }
}
