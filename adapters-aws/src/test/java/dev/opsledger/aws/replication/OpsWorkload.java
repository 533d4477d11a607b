package dev.opsledger.aws.replication;

import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.recording.RecordDeployment;
import dev.opsledger.application.recording.RecordIncident;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.StartDeployment;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.incident.IncidentCommand;
import dev.opsledger.domain.incident.IncidentCommand.AttributeIncident;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * What a team's pipeline and pager send to the active region, written through the real recording use
 * cases behind a fence that always admits: deployments started and later finished, deployments reported
 * once over (two events in one commit), incidents opened (some blaming a deployment), resolved and
 * attributed afterwards, and now and then a client retrying its last request with the same command id.
 * Every choice comes from the seeded random, so a seed replays the same history.
 */
final class OpsWorkload {

    private static final List<String> SERVICES = List.of("checkout", "payments", "search");
    private static final DeploymentOutcome[] OUTCOMES = DeploymentOutcome.values();
    private static final Severity[] SEVERITIES = Severity.values();

    private final List<RecordDeployment> deployments = new ArrayList<>();
    private final List<RecordIncident> incidents = new ArrayList<>();
    private final VirtualClock clock;
    private final Random random;
    private final List<DeploymentId> inProgress = new ArrayList<>();
    private final List<DeploymentId> finished = new ArrayList<>();
    private final List<IncidentId> openIncidents = new ArrayList<>();
    private final List<IncidentId> allIncidents = new ArrayList<>();
    private Runnable lastRequest;
    private int sequence;

    /**
     * {@code apiContainers} are the active region's store as each API container opened it (with its own
     * clock, perhaps): each request, and each retry of one, lands on any of them.
     */
    OpsWorkload(List<EventStore> apiContainers, Region activeRegion, VirtualClock clock, Random random) {
        WriteFence fence = new WriteFence(activeRegion, new InMemoryTrafficRouter(new ActiveRegion(activeRegion, 1)));
        for (EventStore container : apiContainers) {
            deployments.add(new RecordDeployment(container, fence));
            incidents.add(new RecordIncident(container, fence));
        }
        this.clock = clock;
        this.random = random;
    }

    /** Sends {@code requests} requests, about one in ten of them a retry of the one before. */
    void write(int requests) {
        for (int i = 0; i < requests; i++) {
            clock.advance(Duration.ofMillis(200 + random.nextInt(15_000)));
            if (lastRequest == null || random.nextInt(10) > 0) {
                lastRequest = next();
            }
            lastRequest.run();
        }
    }

    private Runnable next() {
        int choice = random.nextInt(10);
        if (choice < 3 || choice < 5 && inProgress.isEmpty()) {
            return startDeployment();
        }
        if (choice < 5) {
            return finishDeployment(inProgress.remove(random.nextInt(inProgress.size())));
        }
        if (choice < 7) {
            return reportFinishedDeployment();
        }
        if (choice < 8 || allIncidents.isEmpty()) {
            return openIncident();
        }
        if (choice < 9 && !openIncidents.isEmpty()) {
            return resolveIncident(openIncidents.remove(random.nextInt(openIncidents.size())));
        }
        return attributeIncident(allIncidents.get(random.nextInt(allIncidents.size())));
    }

    private Runnable startDeployment() {
        DeploymentId id = new DeploymentId("dep-" + (++sequence));
        inProgress.add(id);
        Instant now = clock.instant();
        return deployment(new StartDeployment(id, service(), "production", version(), changes(now), now));
    }

    private Runnable finishDeployment(DeploymentId id) {
        finished.add(id);
        return deployment(new FinishDeployment(id, outcome(), clock.instant()));
    }

    private Runnable reportFinishedDeployment() {
        DeploymentId id = new DeploymentId("dep-" + (++sequence));
        finished.add(id);
        Instant finishedAt = clock.instant();
        Instant startedAt = finishedAt.minus(Duration.ofMinutes(1 + random.nextInt(30)));
        return deployment(new DeploymentCommand.RecordDeployment(
                id, service(), "production", version(), changes(startedAt), startedAt, outcome(), finishedAt));
    }

    private Runnable openIncident() {
        IncidentId id = new IncidentId("inc-" + (++sequence));
        openIncidents.add(id);
        allIncidents.add(id);
        Optional<DeploymentId> blamed = finished.isEmpty() || random.nextBoolean()
                ? Optional.empty()
                : Optional.of(finished.get(random.nextInt(finished.size())));
        Severity severity = SEVERITIES[random.nextInt(SEVERITIES.length)];
        return incident(new OpenIncident(id, service(), "production", severity, clock.instant(), blamed));
    }

    private Runnable resolveIncident(IncidentId id) {
        return incident(new ResolveIncident(id, clock.instant()));
    }

    private Runnable attributeIncident(IncidentId id) {
        if (finished.isEmpty()) {
            return openIncident();
        }
        return incident(new AttributeIncident(id, finished.get(random.nextInt(finished.size()))));
    }

    /** A request with its own command id, so that running it again is a client's retry. */
    private Runnable deployment(DeploymentCommand command) {
        String commandId = "cmd-" + (++sequence);
        return () -> deployments.get(random.nextInt(deployments.size())).handle(commandId, command);
    }

    private Runnable incident(IncidentCommand command) {
        String commandId = "cmd-" + (++sequence);
        return () -> incidents.get(random.nextInt(incidents.size())).handle(commandId, command);
    }

    private String service() {
        return SERVICES.get(random.nextInt(SERVICES.size()));
    }

    private String version() {
        return "1." + random.nextInt(20) + "." + random.nextInt(100);
    }

    private List<Change> changes(Instant before) {
        List<Change> changes = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            byte[] sha = new byte[20];
            random.nextBytes(sha);
            changes.add(new Change(HexFormat.of().formatHex(sha), before.minus(Duration.ofMinutes(5 + random.nextInt(600)))));
        }
        return changes;
    }

    private DeploymentOutcome outcome() {
        return OUTCOMES[random.nextInt(OUTCOMES.length)];
    }
}
