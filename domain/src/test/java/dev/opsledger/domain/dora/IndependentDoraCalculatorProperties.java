package dev.opsledger.domain.dora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.shared.DomainEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A second reading of the DORA rules, written from their text over the raw events and sharing none of
 * the projection's classes, must agree with the projection on every random history and window: the
 * two cannot drift apart unnoticed when a rule changes.
 */
class IndependentDoraCalculatorProperties {

    private record Deployment(String id, String service, String environment, List<Change> changes, Instant startedAt,
            DeploymentOutcome outcome, Instant finishedAt) {
    }

    private record Incident(String service, String environment, Instant openedAt, Instant resolvedAt, String cause) {
    }

    @Property(tries = 1_000)
    void the_projection_agrees_with_an_independent_calculation(
            @ForAll("streams") List<List<DomainEvent>> streams, @ForAll("scopes") ReportScope scope) {
        List<DomainEvent> events = streams.stream().flatMap(List::stream).toList();
        List<Deployment> deployments = deployments(events);
        List<Incident> incidents = incidents(events);
        DoraReport report = DoraProjection.report(DoraFacts.of(events), scope);

        List<Deployment> finished = deployments.stream()
                .filter(d -> d.finishedAt() != null && inScope(scope, d.service(), d.environment(), d.finishedAt()))
                .toList();
        List<Deployment> successes = finished.stream().filter(d -> d.outcome() == DeploymentOutcome.SUCCEEDED).toList();
        long successDays = successes.stream().map(d -> LocalDate.ofInstant(d.finishedAt(), ZoneOffset.UTC)).distinct().count();
        double windowDays = (scope.to().toEpochMilli() - scope.from().toEpochMilli()) / 86_400_000d;
        long calendarDays = LocalDate.ofInstant(scope.from(), ZoneOffset.UTC)
                .datesUntil(LocalDate.ofInstant(scope.to().minusNanos(1), ZoneOffset.UTC).plusDays(1)).count();
        assertThat(report.deploymentFrequency().deployments()).isEqualTo(successes.size());
        assertThat(report.deploymentFrequency().attempts()).isEqualTo(finished.size());
        assertThat(report.deploymentFrequency().deploymentDays()).isEqualTo(successDays);
        assertThat(report.deploymentFrequency().deploymentsPerDay()).isCloseTo(successes.size() / windowDays, within(1e-9));
        assertThat(report.deploymentFrequency().deploymentDaysPerWeek()).isCloseTo(successDays * 7d / calendarDays, within(1e-9));

        List<Duration> leadTimes = leadTimes(deployments, successes);
        assertThat(report.leadTime().changes()).isEqualTo(leadTimes.size());
        assertThat(report.leadTime().median()).isEqualTo(median(leadTimes));
        assertThat(report.leadTime().p90()).isEqualTo(p90(leadTimes));

        Set<String> blamed = blamed(deployments, incidents);
        long failed = finished.stream()
                .filter(d -> d.outcome() != DeploymentOutcome.SUCCEEDED || blamed.contains(d.id()))
                .count();
        assertThat(report.changeFailureRate().deployments()).isEqualTo(finished.size());
        assertThat(report.changeFailureRate().failedDeployments()).isEqualTo(failed);

        List<Duration> restores = incidents.stream()
                .filter(i -> i.resolvedAt() != null && inScope(scope, i.service(), i.environment(), i.openedAt()))
                .map(i -> i.resolvedAt().isBefore(i.openedAt()) ? Duration.ZERO : Duration.between(i.openedAt(), i.resolvedAt()))
                .toList();
        assertThat(report.timeToRestore().restoredIncidents()).isEqualTo(restores.size());
        assertThat(report.timeToRestore().median()).isEqualTo(median(restores));
    }

    /** Each sha counts once per service and environment, at its earliest success (finish, start, id). */
    private static List<Duration> leadTimes(List<Deployment> all, List<Deployment> successesInWindow) {
        Map<String, Deployment> firstBySha = new HashMap<>();
        all.stream().filter(d -> d.outcome() == DeploymentOutcome.SUCCEEDED).forEach(d -> d.changes().forEach(change -> {
            String key = d.service() + "\u0000" + d.environment() + "\u0000" + change.commitSha();
            Deployment known = firstBySha.get(key);
            if (known == null || earlier(d, known)) {
                firstBySha.put(key, d);
            }
        }));
        List<Duration> leadTimes = new ArrayList<>();
        for (Deployment d : successesInWindow) {
            Set<String> counted = new HashSet<>();
            for (Change change : d.changes()) {
                String key = d.service() + "\u0000" + d.environment() + "\u0000" + change.commitSha();
                if (firstBySha.get(key) == d && counted.add(change.commitSha())) {
                    Duration lead = Duration.between(change.committedAt(), d.finishedAt());
                    leadTimes.add(lead.isNegative() ? Duration.ZERO : lead);
                }
            }
        }
        return leadTimes;
    }

    private static boolean earlier(Deployment one, Deployment other) {
        int byFinish = one.finishedAt().compareTo(other.finishedAt());
        int byStart = one.startedAt().compareTo(other.startedAt());
        return byFinish < 0 || byFinish == 0 && (byStart < 0 || byStart == 0 && one.id().compareTo(other.id()) < 0);
    }

    /** An incident's explicit cause, else the last success of its service and environment finished by its opening. */
    private static Set<String> blamed(List<Deployment> deployments, List<Incident> incidents) {
        Set<String> blamed = new HashSet<>();
        for (Incident incident : incidents) {
            if (incident.cause() != null) {
                blamed.add(incident.cause());
                continue;
            }
            deployments.stream()
                    .filter(d -> d.outcome() == DeploymentOutcome.SUCCEEDED && d.service().equals(incident.service())
                            && d.environment().equals(incident.environment()) && !d.finishedAt().isAfter(incident.openedAt()))
                    .max(Comparator.comparing(Deployment::finishedAt).thenComparing(Deployment::startedAt).thenComparing(Deployment::id))
                    .ifPresent(d -> blamed.add(d.id()));
        }
        return blamed;
    }

    private static Optional<Duration> median(List<Duration> values) {
        List<Long> nanos = values.stream().map(Duration::toNanos).sorted().toList();
        int n = nanos.size();
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(n % 2 == 1 ? nanos.get(n / 2) : (nanos.get(n / 2 - 1) + nanos.get(n / 2)) / 2));
    }

    private static Optional<Duration> p90(List<Duration> values) {
        List<Duration> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get((9 * sorted.size() + 9) / 10 - 1));
    }

    private static boolean inScope(ReportScope scope, String service, String environment, Instant at) {
        return environment.equals(scope.environment()) && scope.service().map(service::equals).orElse(true)
                && !at.isBefore(scope.from()) && at.isBefore(scope.to());
    }

    private static List<Deployment> deployments(List<DomainEvent> events) {
        Map<String, DeploymentStarted> starts = new HashMap<>();
        Map<String, DeploymentFinished> finishes = new HashMap<>();
        events.forEach(event -> {
            if (event instanceof DeploymentStarted start) {
                starts.put(start.deploymentId().value(), start);
            } else if (event instanceof DeploymentFinished finish) {
                finishes.put(finish.deploymentId().value(), finish);
            }
        });
        return starts.values().stream().map(start -> {
            DeploymentFinished finish = finishes.get(start.deploymentId().value());
            return new Deployment(start.deploymentId().value(), start.service(), start.environment(), start.changes(), start.startedAt(),
                    finish == null ? null : finish.outcome(), finish == null ? null : finish.finishedAt());
        }).toList();
    }

    private static List<Incident> incidents(List<DomainEvent> events) {
        Map<String, IncidentOpened> openings = new HashMap<>();
        Map<String, Instant> resolutions = new HashMap<>();
        Map<String, String> attributions = new HashMap<>();
        events.forEach(event -> {
            if (event instanceof IncidentOpened opened) {
                openings.put(opened.incidentId().value(), opened);
            } else if (event instanceof IncidentResolved resolved) {
                resolutions.put(resolved.incidentId().value(), resolved.resolvedAt());
            } else if (event instanceof IncidentAttributed attributed) {
                attributions.put(attributed.incidentId().value(), attributed.cause().value());
            }
        });
        return openings.values().stream().map(opened -> new Incident(opened.service(), opened.environment(), opened.openedAt(),
                resolutions.get(opened.incidentId().value()),
                attributions.getOrDefault(opened.incidentId().value(), opened.cause().map(cause -> cause.value()).orElse(null))))
                .toList();
    }

    @Provide
    Arbitrary<List<List<DomainEvent>>> streams() {
        return DoraStreams.streams();
    }

    @Provide
    Arbitrary<ReportScope> scopes() {
        return DoraStreams.scopes();
    }
}
