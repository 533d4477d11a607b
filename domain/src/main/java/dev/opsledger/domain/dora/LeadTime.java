package dev.opsledger.domain.dora;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Lead time for changes: for every change shipped by a successful deployment that finished in the
 * window, its deployment's finish minus its commit time, or zero when the commit is stamped later
 * (clock skew). Median and p90 by {@link NearestRank nearest rank}; the median decides the level.
 */
public record LeadTime(int changes, Optional<Duration> median, Optional<Duration> p90, Classification classification) {

    private static final int P90 = 90;

    static LeadTime of(List<DeploymentFact> finishedInWindow) {
        List<Duration> leadTimes = finishedInWindow.stream()
                .filter(DeploymentFact::succeeded)
                .flatMap(deployment -> deployment.changes().stream()
                        .map(change -> Duration.between(change.committedAt(), deployment.finishedAt().orElseThrow())))
                .map(Durations::nonNegative)
                .toList();
        Optional<Duration> median = NearestRank.median(leadTimes);
        return new LeadTime(
                leadTimes.size(),
                median,
                NearestRank.percentile(leadTimes, P90),
                median.map(value -> DoraBenchmarks.classify(DoraMetric.LEAD_TIME_FOR_CHANGES, value))
                        .orElse(Classification.unclassified()));
    }
}
