package dev.opsledger.examples;

import dev.opsledger.application.dora.ComputeDoraMetrics;
import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.dora.ProjectDoraFacts;
import dev.opsledger.application.feed.FeedSubscription;
import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.MetricsRecorder;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.publishing.PublishFromFeed;
import dev.opsledger.application.publishing.PublishPass;
import dev.opsledger.application.recording.ReadYourWrites;
import dev.opsledger.application.recording.RecordDeployment;
import dev.opsledger.application.recording.RecordIncident;
import dev.opsledger.application.recording.Recorded;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.dora.DoraReport;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * A team's release service: its CI reports each finished deployment, its on-call tool opens and resolves
 * incidents, its dashboard asks for DORA metrics, and what was recorded is announced through an
 * {@link EventPublisher}. OpsLedger's use cases do the work; this class only turns the team's words into
 * commands. Every port comes in through the constructor, so the same class runs on the in-memory twins in
 * tests and on the AWS adapters (or the team's own) in production.
 */
public final class ReleaseLedger {

    /** Covers the store's feed delay plus clock skew between writers, as {@link FeedSubscription} asks. */
    private static final Duration FEED_LOOK_BACK = Duration.ofMinutes(2);
    private static final int FEED_PAGE = 100;

    private final RecordDeployment recordDeployment;
    private final RecordIncident recordIncident;
    private final ComputeDoraMetrics computeDoraMetrics;
    private final PublishFromFeed publishFromFeed;

    /**
     * {@code region} is where this instance writes: the {@code router} says whether that region is the
     * active one, and a write anywhere else is refused.
     */
    public ReleaseLedger(Region region, EventStore store, TrafficRouter router, DoraReadModel doraReadModel,
            EventPublisher publisher, MetricsRecorder metrics, InstantSource clock) {
        WriteFence fence = new WriteFence(region, router);
        // Each write is projected as soon as it is appended, so a report asked right after it counts it.
        ReadYourWrites readYourWrites = new ReadYourWrites(new ProjectDoraFacts(doraReadModel), metrics);
        this.recordDeployment = new RecordDeployment(store, fence, readYourWrites);
        this.recordIncident = new RecordIncident(store, fence, readYourWrites);
        this.computeDoraMetrics = new ComputeDoraMetrics(doraReadModel);
        this.publishFromFeed = new PublishFromFeed(region, store, publisher,
                () -> new FeedSubscription(store, FEED_LOOK_BACK, FEED_PAGE), metrics, clock);
    }

    /**
     * A CI run that deployed. The run id names the deployment and is the idempotency key, so a CI job that
     * reports the same run twice records it once.
     */
    public Recorded deployed(String runId, String service, String environment, String version, List<Change> changes,
            Instant startedAt, Instant finishedAt, DeploymentOutcome outcome) {
        return recordDeployment.handle(runId, new DeploymentCommand.RecordDeployment(new DeploymentId(runId), service,
                environment, version, changes, startedAt, outcome, finishedAt));
    }

    /** An incident the on-call tool opened; OpsLedger links it to the deployment that most likely caused it. */
    public Recorded incidentOpened(String incidentId, String service, String environment, Severity severity,
            Instant openedAt) {
        return recordIncident.handle(incidentId + "/opened", new OpenIncident(new IncidentId(incidentId), service,
                environment, severity, openedAt, Optional.empty()));
    }

    public Recorded incidentResolved(String incidentId, Instant resolvedAt) {
        return recordIncident.handle(incidentId + "/resolved", new ResolveIncident(new IncidentId(incidentId), resolvedAt));
    }

    /** The four DORA metrics of one service in one environment over {@code [from, to)}. */
    public DoraReport doraReport(String service, String environment, Instant from, Instant to) {
        return computeDoraMetrics.report(ReportScope.ofService(service, environment, from, to));
    }

    /**
     * Hands what was recorded since the last pass to the publisher; meant to run on a schedule. When the
     * publisher fails, the pass reports it and the next one hands the same events again.
     */
    public PublishPass announcePending() {
        return publishFromFeed.publishOnce();
    }
}
