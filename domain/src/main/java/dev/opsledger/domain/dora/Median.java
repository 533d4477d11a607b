package dev.opsledger.domain.dora;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The median as statistics defines it: the middle value of an odd count, and the mean of the two middle
 * values of an even count. Taking the lower middle value instead would only ever flatter a team.
 */
final class Median {

    private Median() {
    }

    static Optional<Duration> of(Collection<Duration> values) {
        List<Duration> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(sorted.get(middle));
        }
        return Optional.of(sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
