package dev.opsledger.simulation;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.RecordDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.StartDeployment;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.simulation.ClientWrite.OfDeployment;
import dev.opsledger.simulation.ClientWrite.OfIncident;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * What the teams report: new deployments and incidents mostly, and the finish of a deployment or the
 * resolution of an incident that the client sees open in the region it talks to (the team's dashboard
 * lists what is open; what it shows closed drops off the list). A client reading a secondary that missed
 * the primary's last commits may therefore finish a deployment the primary had already finished: the
 * conflicts failback has to settle.
 */
final class Workload {

    private static final List<String> SERVICES = List.of("checkout", "payments", "search", "catalog", "accounts");
    private static final int OPEN_ITEMS_TRACKED = 1000;

    private final SplittableRandom random;
    private final ChangeFactory changes;
    private final List<DeploymentId> openDeployments = new ArrayList<>();
    private final List<IncidentId> openIncidents = new ArrayList<>();
    private long commands;
    private long deployments;
    private long incidents;

    Workload(SplittableRandom random) {
        this.random = random;
        this.changes = new ChangeFactory(random);
    }

    ClientWrite next(Instant now, EventStore view) {
        String commandId = "cmd-%06d".formatted(++commands);
        int roll = random.nextInt(100);
        ClientWrite.Command command;
        if (roll < 35) {
            command = start(now);
        } else if (roll < 50) {
            command = recordFinished(now);
        } else if (roll < 70) {
            command = pickOpen(openDeployments, DeploymentId::stream, DeploymentFinished.class, view)
                    .<ClientWrite.Command>map(id -> new OfDeployment(new FinishDeployment(id, outcome(), now)))
                    .orElseGet(() -> start(now));
        } else if (roll < 85) {
            command = open(now);
        } else {
            command = pickOpen(openIncidents, IncidentId::stream, IncidentResolved.class, view)
                    .<ClientWrite.Command>map(id -> new OfIncident(new ResolveIncident(id, now)))
                    .orElseGet(() -> open(now));
        }
        return new ClientWrite(commandId, command, now);
    }

    private OfDeployment start(Instant now) {
        DeploymentId id = remember(openDeployments, new DeploymentId("dep-%06d".formatted(++deployments)));
        return new OfDeployment(new StartDeployment(id, service(), "production", version(), changes.before(now), now));
    }

    private OfDeployment recordFinished(Instant now) {
        DeploymentId id = new DeploymentId("dep-%06d".formatted(++deployments));
        Instant startedAt = now.minus(Duration.ofSeconds(120 + random.nextInt(1680)));
        return new OfDeployment(new RecordDeployment(id, service(), "production", version(),
                changes.before(startedAt), startedAt, outcome(), now));
    }

    private OfIncident open(Instant now) {
        IncidentId id = remember(openIncidents, new IncidentId("inc-%06d".formatted(++incidents)));
        Optional<DeploymentId> cause = random.nextInt(3) == 0 && !openDeployments.isEmpty()
                ? Optional.of(openDeployments.get(random.nextInt(openDeployments.size())))
                : Optional.empty();
        Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
        return new OfIncident(new OpenIncident(id, service(), "production", severity, now, cause));
    }

    /**
     * An item the view shows started and not yet closed; one it shows closed is forgotten. A view that
     * cannot be read shows nothing.
     */
    private <I> Optional<I> pickOpen(List<I> tracked, Function<I, StreamId> streamOf,
            Class<?> closingEvent, EventStore view) {
        for (int tries = 0; tries < 3 && !tracked.isEmpty(); tries++) {
            int index = random.nextInt(tracked.size());
            I candidate = tracked.get(index);
            try {
                List<RecordedEvent> history = view.readStream(streamOf.apply(candidate));
                if (history.stream().anyMatch(event -> closingEvent.isInstance(event.event()))) {
                    tracked.remove(index);
                } else if (!history.isEmpty()) {
                    return Optional.of(candidate);
                }
            } catch (ServiceUnavailable unreachable) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private <I> I remember(List<I> tracked, I id) {
        tracked.add(id);
        if (tracked.size() > OPEN_ITEMS_TRACKED) {
            tracked.removeFirst();
        }
        return id;
    }

    private DeploymentOutcome outcome() {
        int roll = random.nextInt(100);
        return roll < 80 ? DeploymentOutcome.SUCCEEDED : roll < 92 ? DeploymentOutcome.FAILED : DeploymentOutcome.ROLLED_BACK;
    }

    private String service() {
        return SERVICES.get(random.nextInt(SERVICES.size()));
    }

    private String version() {
        return "1.%d.%d".formatted(random.nextInt(40), random.nextInt(100));
    }
}
