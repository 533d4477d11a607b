package dev.opsledger.domain.dora;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Time to restore service: the {@link NearestRank nearest-rank} median duration of the incidents
 * opened in the window that are resolved; open ones are not counted until they are.
 */
public record TimeToRestore(int restoredIncidents, Optional<Duration> median, Classification classification) {

    static TimeToRestore of(List<IncidentFact> openedInWindow) {
        List<Duration> durations = openedInWindow.stream()
                .flatMap(incident -> incident.timeToRestore().stream())
                .toList();
        Optional<Duration> median = NearestRank.median(durations);
        return new TimeToRestore(
                durations.size(),
                median,
                median.map(value -> DoraBenchmarks.classify(DoraMetric.TIME_TO_RESTORE, value))
                        .orElse(Classification.unclassified()));
    }
}
