package dev.opsledger.bench.dynamodb;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A seeded history of deployments and incidents spread evenly over {@link #SERVICES} services in
 * production and over the {@link #DAYS} days before {@link #END}: ten deployments for each incident, one
 * deployment in seven failing or rolled back, half the incidents naming the deployment that caused them.
 * Every stream is one commit of two events (a deployment recorded once finished, an incident once
 * resolved), so {@code events} events are {@code events / 2} commits.
 */
final class DoraHistory {

    static final Instant END = Instant.parse("2025-07-01T00:00:00Z");
    static final int SERVICES = 10;
    static final int DAYS = 60;
    static final String ENVIRONMENT = "production";

    private DoraHistory() {
    }

    static String service(int index) {
        return "service-" + index;
    }

    static List<Commit> of(int events, long seed) {
        Random random = new Random(seed);
        Map<String, List<DeploymentId>> deploymentsByService = new HashMap<>();
        List<Commit> commits = new ArrayList<>(events / 2);
        for (int index = 0; index < events / 2; index++) {
            String service = service(random.nextInt(SERVICES));
            Instant at = END.minusSeconds(1 + random.nextLong(Duration.ofDays(DAYS).toSeconds()));
            List<DeploymentId> earlier = deploymentsByService.computeIfAbsent(service, name -> new ArrayList<>());
            if (index % 11 == 10 && !earlier.isEmpty()) {
                Optional<DeploymentId> cause = random.nextBoolean()
                        ? Optional.of(earlier.get(random.nextInt(earlier.size())))
                        : Optional.empty();
                commits.add(incident(new IncidentId("incident-" + index), service, at, cause, random));
            } else {
                DeploymentId deployment = new DeploymentId("deployment-" + index);
                earlier.add(deployment);
                commits.add(deployment(deployment, service, at, random));
            }
        }
        return commits;
    }

    /**
     * {@code count} more deployments of the same kind, each recorded in one commit, with ids of their own
     * ({@code prefix} and a number), finishing over the same days: what is recorded once the history is stored.
     */
    static List<Commit> moreDeployments(int count, String prefix, long seed) {
        Random random = new Random(seed);
        List<Commit> commits = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            Instant at = END.minusSeconds(1 + random.nextLong(Duration.ofDays(DAYS).toSeconds()));
            commits.add(deployment(new DeploymentId(prefix + index), service(random.nextInt(SERVICES)), at, random));
        }
        return commits;
    }

    private static Commit deployment(DeploymentId id, String service, Instant finishedAt, Random random) {
        Instant startedAt = finishedAt.minus(Duration.ofMinutes(5 + random.nextInt(30)));
        List<Change> changes = new ArrayList<>();
        for (int change = 0; change <= random.nextInt(3); change++) {
            changes.add(new Change(sha(random), startedAt.minus(Duration.ofMinutes(10 + random.nextInt(4_000)))));
        }
        int roll = random.nextInt(14);
        DeploymentOutcome outcome = roll == 0 ? DeploymentOutcome.ROLLED_BACK : roll == 1 ? DeploymentOutcome.FAILED : DeploymentOutcome.SUCCEEDED;
        return commit(id.stream(), finishedAt,
                new DeploymentStarted(id, service, ENVIRONMENT, "v" + random.nextInt(1_000), changes, startedAt),
                new DeploymentFinished(id, outcome, finishedAt));
    }

    private static Commit incident(IncidentId id, String service, Instant openedAt, Optional<DeploymentId> cause, Random random) {
        Instant resolvedAt = openedAt.plus(Duration.ofMinutes(10 + random.nextInt(600)));
        Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
        return commit(id.stream(), resolvedAt,
                new IncidentOpened(id, service, ENVIRONMENT, severity, openedAt, cause),
                new IncidentResolved(id, resolvedAt));
    }

    private static Commit commit(StreamId stream, Instant committedAt, DomainEvent first, DomainEvent second) {
        return new Commit(stream, 1, committedAt, List.of(
                new RecordedEvent(stream, 1, new EventId(stream.key() + "/1"), first),
                new RecordedEvent(stream, 2, new EventId(stream.key() + "/2"), second)));
    }

    private static String sha(Random random) {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
