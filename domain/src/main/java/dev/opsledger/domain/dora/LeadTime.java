package dev.opsledger.domain.dora;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Lead time for changes: for every change that a successful deployment finished in the window delivered
 * {@linkplain FirstDeliveries first} to its service and environment, that deployment's finish minus the
 * commit time, or zero when the commit is stamped later (clock skew). A change counts once: shipping the
 * same sha again, in a redeployment or a later deployment, adds no second lead time, and a change first
 * delivered before the window does not count in it at all. The {@link Median median} (the mean of the two
 * middle values of an even count) decides the level; p90 is the {@link NearestRank nearest rank}.
 */
public record LeadTime(int changes, Optional<Duration> median, Optional<Duration> p90, Classification classification) {

    private static final int P90 = 90;

    static LeadTime of(List<DeploymentFact> finishedInWindow, FirstDeliveries firstDeliveries) {
        List<Duration> leadTimes = finishedInWindow.stream()
                .filter(DeploymentFact::succeeded)
                .flatMap(deployment -> firstDeliveries.firstDeliveredBy(deployment).stream()
                        .map(change -> Duration.between(change.committedAt(), deployment.finishedAt().orElseThrow())))
                .map(Durations::nonNegative)
                .toList();
        Optional<Duration> median = Median.of(leadTimes);
        return new LeadTime(
                leadTimes.size(),
                median,
                NearestRank.percentile(leadTimes, P90),
                median.map(value -> DoraBenchmarks.classify(DoraMetric.LEAD_TIME_FOR_CHANGES, value))
                        .orElse(Classification.unclassified()));
    }
}
