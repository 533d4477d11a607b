package dev.opsledger.domain.dora;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Events of checkout in production, told the way an example reads; other places are named explicitly. */
final class DoraHistory {

    static final String SERVICE = "checkout";
    static final String ENVIRONMENT = "production";
    static final Instant MONDAY = Instant.parse("2024-03-04T00:00:00Z");
    private static final Duration DEPLOYMENT_RUN = Duration.ofMinutes(5);

    private final List<DomainEvent> events = new ArrayList<>();

    static DoraHistory history() {
        return new DoraHistory();
    }

    static Instant day(int day, int hour) {
        return MONDAY.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
    }

    static ReportScope days(int fromDay, int toDay) {
        return ReportScope.ofService(SERVICE, ENVIRONMENT, day(fromDay, 0), day(toDay, 0));
    }

    static Change commitAt(Instant committedAt) {
        return new Change(String.format("%040x", committedAt.toEpochMilli()), committedAt);
    }

    DoraHistory deployed(String id, DeploymentOutcome outcome, Instant finishedAt, Change... changes) {
        return deployedIn(SERVICE, ENVIRONMENT, id, outcome, finishedAt, changes);
    }

    DoraHistory deployedIn(
            String service, String environment, String id, DeploymentOutcome outcome, Instant finishedAt, Change... changes) {
        events.add(new DeploymentStarted(
                new DeploymentId(id), service, environment, "v-" + id, List.of(changes), finishedAt.minus(DEPLOYMENT_RUN)));
        events.add(new DeploymentFinished(new DeploymentId(id), outcome, finishedAt));
        return this;
    }

    DoraHistory started(String id, Instant startedAt) {
        events.add(new DeploymentStarted(new DeploymentId(id), SERVICE, ENVIRONMENT, "v-" + id, List.of(), startedAt));
        return this;
    }

    DoraHistory incident(String id, Instant openedAt) {
        return incidentIn(SERVICE, ENVIRONMENT, id, openedAt, Optional.empty());
    }

    DoraHistory incidentBlaming(String id, Instant openedAt, String deploymentId) {
        return incidentIn(SERVICE, ENVIRONMENT, id, openedAt, Optional.of(new DeploymentId(deploymentId)));
    }

    DoraHistory incidentIn(String service, String environment, String id, Instant openedAt, Optional<DeploymentId> cause) {
        events.add(new IncidentOpened(new IncidentId(id), service, environment, Severity.HIGH, openedAt, cause));
        return this;
    }

    DoraHistory resolved(String id, Instant resolvedAt) {
        events.add(new IncidentResolved(new IncidentId(id), resolvedAt));
        return this;
    }

    DoraHistory attributed(String incidentId, String deploymentId) {
        events.add(new IncidentAttributed(new IncidentId(incidentId), new DeploymentId(deploymentId)));
        return this;
    }

    List<DomainEvent> events() {
        return List.copyOf(events);
    }

    DoraFacts facts() {
        return DoraFacts.of(events);
    }

    DoraReport report(ReportScope scope) {
        return DoraProjection.report(facts(), scope);
    }
}
