package dev.opsledger.domain.dora;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Time to restore service: the {@link Median median} duration (the mean of the two middle values of an
 * even count) of the incidents <em>opened</em> in the window that are resolved, as Four Keys counts them.
 * An outage belongs to the window it began in, the same window whose deployments it fails; an incident
 * still open is not counted until it is resolved, so a past window's figure can move when it is.
 */
public record TimeToRestore(int restoredIncidents, Optional<Duration> median, Classification classification) {

    static TimeToRestore of(List<IncidentFact> openedInWindow) {
        List<Duration> durations = openedInWindow.stream()
                .flatMap(incident -> incident.timeToRestore().stream())
                .toList();
        Optional<Duration> median = Median.of(durations);
        return new TimeToRestore(
                durations.size(),
                median,
                median.map(value -> DoraBenchmarks.classify(DoraMetric.TIME_TO_RESTORE, value))
                        .orElse(Classification.unclassified()));
    }
}
