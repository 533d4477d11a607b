package dev.opsledger.domain.dora;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * How often the scope successfully released, as DORA, Four Keys and DevLake define it: {@code deployments}
 * counts the <em>successful</em> deployments that finished in the window; {@code attempts} beside it
 * counts every deployment that finished in it, whatever its outcome. {@code deploymentsPerDay} is the
 * successful count over the window's length in days and decides the level. {@code deploymentDaysPerWeek}
 * is the number of UTC days with a successful deployment over the UTC calendar days the window touches,
 * times 7 (so it never exceeds 7).
 */
public record DeploymentFrequency(
        int deployments,
        int attempts,
        int deploymentDays,
        double deploymentsPerDay,
        double deploymentDaysPerWeek,
        Classification classification) {

    private static final double SECONDS_PER_DAY = 86_400d;
    private static final double DAYS_PER_WEEK = 7d;

    static DeploymentFrequency of(List<DeploymentFact> finishedInWindow, ReportScope scope) {
        List<DeploymentFact> successes = finishedInWindow.stream().filter(DeploymentFact::succeeded).toList();
        int deploymentDays = (int) successes.stream()
                .map(deployment -> LocalDate.ofInstant(deployment.finishedAt().orElseThrow(), ZoneOffset.UTC))
                .distinct()
                .count();
        double windowDays = Durations.seconds(scope.length()) / SECONDS_PER_DAY;
        double perDay = successes.size() / windowDays;
        return new DeploymentFrequency(
                successes.size(),
                finishedInWindow.size(),
                deploymentDays,
                perDay,
                deploymentDays * DAYS_PER_WEEK / scope.calendarDays(),
                DoraBenchmarks.classify(DoraMetric.DEPLOYMENT_FREQUENCY, perDay));
    }
}
