package dev.opsledger.domain.dora;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * How often the scope deployed: every deployment that finished in the window counts, whatever its
 * outcome. {@code deploymentsPerDay} is that count over the window's length in days and decides the
 * level. {@code deploymentDaysPerWeek}, as DevLake and Four Keys report it, is the number of UTC days
 * with a deployment over the UTC calendar days the window touches, times 7 (so it never exceeds 7).
 */
public record DeploymentFrequency(
        int deployments,
        int deploymentDays,
        double deploymentsPerDay,
        double deploymentDaysPerWeek,
        Classification classification) {

    private static final double SECONDS_PER_DAY = 86_400d;
    private static final double DAYS_PER_WEEK = 7d;

    static DeploymentFrequency of(List<DeploymentFact> finishedInWindow, ReportScope scope) {
        int deploymentDays = (int) finishedInWindow.stream()
                .map(deployment -> LocalDate.ofInstant(deployment.finishedAt().orElseThrow(), ZoneOffset.UTC))
                .distinct()
                .count();
        double windowDays = Durations.seconds(scope.length()) / SECONDS_PER_DAY;
        double perDay = finishedInWindow.size() / windowDays;
        return new DeploymentFrequency(
                finishedInWindow.size(),
                deploymentDays,
                perDay,
                deploymentDays * DAYS_PER_WEEK / scope.calendarDays(),
                DoraBenchmarks.classify(DoraMetric.DEPLOYMENT_FREQUENCY, perDay));
    }
}
