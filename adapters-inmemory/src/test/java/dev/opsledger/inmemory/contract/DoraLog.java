package dev.opsledger.inmemory.contract;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Deployment and incident commits as the log holds them, drawn from a seed: deployments that succeed,
 * fail, roll back or are still running, in one commit or two, a quarter of their changes shipped before
 * (a retry, a redeployment, a promotion from another environment); incidents with no cause, a cause named at
 * opening (sometimes another service's deployment, sometimes one not yet logged) or attributed later.
 */
public final class DoraLog {

    public static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
    public static final List<String> SERVICES = List.of("checkout", "search");
    public static final List<String> ENVIRONMENTS = List.of("production", "staging");

    private final Random random;
    private final Duration span;
    private final List<Commit> commits = new ArrayList<>();
    private final List<DeploymentId> deployments = new ArrayList<>();
    private final List<Change> shipped = new ArrayList<>();
    private int events;

    private DoraLog(long seed, Duration span) {
        this.random = new Random(seed);
        this.span = span;
    }

    /** At least {@code eventCount} events over {@code days} days from {@link #START}, in feed order. */
    public static List<Commit> random(long seed, int eventCount, int days) {
        DoraLog log = new DoraLog(seed, Duration.ofDays(days));
        while (log.events < eventCount) {
            if (log.random.nextInt(10) < 6) {
                log.deployment();
            } else {
                log.incident();
            }
        }
        log.commits.sort(Comparator.comparing(Commit::position));
        return List.copyOf(log.commits);
    }

    public static List<DomainEvent> events(List<Commit> commits) {
        return commits.stream().flatMap(commit -> commit.events().stream()).map(RecordedEvent::event).toList();
    }

    /** The same commits in a random interleaving of streams, each stream in order, some delivered twice. */
    public static List<Commit> interleaved(List<Commit> commits, long seed) {
        Random random = new Random(seed);
        Map<StreamId, List<Commit>> pending = new LinkedHashMap<>();
        commits.forEach(commit -> pending.computeIfAbsent(commit.stream(), unused -> new ArrayList<>()).add(commit));
        List<List<Commit>> queues = new ArrayList<>(pending.values());
        List<Commit> shuffled = new ArrayList<>();
        while (!queues.isEmpty()) {
            List<Commit> queue = queues.get(random.nextInt(queues.size()));
            Commit next = queue.removeFirst();
            shuffled.add(next);
            if (random.nextInt(10) == 0) {
                shuffled.add(next);
            }
            if (queue.isEmpty()) {
                queues.remove(queue);
            }
        }
        return shuffled;
    }

    /** One commit of {@code events} to {@code stream}, its first event at {@code firstVersion}. */
    public static Commit commit(StreamId stream, long firstVersion, Instant committedAt, DomainEvent... events) {
        List<RecordedEvent> recorded = IntStream.range(0, events.length)
                .mapToObj(index -> new RecordedEvent(stream, firstVersion + index,
                        new EventId(stream + "#" + (firstVersion + index)), events[index]))
                .toList();
        return new Commit(stream, firstVersion, committedAt, recorded);
    }

    private void deployment() {
        DeploymentId id = new DeploymentId("d" + deployments.size());
        deployments.add(id);
        Instant startedAt = someInstant();
        List<Change> changes = IntStream.range(0, 1 + random.nextInt(3))
                .mapToObj(index -> shipped.isEmpty() || random.nextInt(4) > 0
                        ? new Change(sha(), startedAt.minusSeconds(random.nextInt(3 * 86_400)))
                        : pick(shipped))
                .toList();
        shipped.addAll(changes);
        DeploymentStarted started = new DeploymentStarted(id, pick(SERVICES), pick(ENVIRONMENTS), "v" + deployments.size(),
                changes, startedAt);
        int roll = random.nextInt(10);
        if (roll == 0) {
            add(commit(id.stream(), 1, startedAt, started));
            return;
        }
        DeploymentOutcome outcome = roll < 8 ? DeploymentOutcome.SUCCEEDED
                : roll == 8 ? DeploymentOutcome.FAILED : DeploymentOutcome.ROLLED_BACK;
        Instant finishedAt = startedAt.plusSeconds(60 + random.nextInt(7_200));
        DeploymentFinished finished = new DeploymentFinished(id, outcome, finishedAt);
        if (random.nextBoolean()) {
            add(commit(id.stream(), 1, finishedAt, started, finished));
        } else {
            add(commit(id.stream(), 1, startedAt, started));
            add(commit(id.stream(), 2, finishedAt, finished));
        }
    }

    private void incident() {
        IncidentId id = new IncidentId("i" + commits.size());
        Instant openedAt = someInstant();
        int roll = random.nextInt(20);
        Optional<DeploymentId> cause = roll < 4 && !deployments.isEmpty() ? Optional.of(pick(deployments))
                : roll == 4 ? Optional.of(new DeploymentId("d" + (deployments.size() + 3))) : Optional.empty();
        add(commit(id.stream(), 1, openedAt, new IncidentOpened(id, pick(SERVICES), pick(ENVIRONMENTS),
                pick(List.of(Severity.values())), openedAt, cause)));
        long version = 1;
        Instant last = openedAt;
        if (random.nextInt(10) < 8) {
            last = openedAt.plusSeconds(300 + random.nextInt(3 * 86_400));
            add(commit(id.stream(), ++version, last, new IncidentResolved(id, last)));
        }
        if (random.nextInt(5) == 0 && !deployments.isEmpty()) {
            last = last.plusSeconds(random.nextInt(86_400));
            add(commit(id.stream(), ++version, last, new IncidentAttributed(id, pick(deployments))));
        }
    }

    private void add(Commit commit) {
        commits.add(commit);
        events += commit.events().size();
    }

    private Instant someInstant() {
        return START.plusSeconds((long) (random.nextDouble() * span.toSeconds()));
    }

    private String sha() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
