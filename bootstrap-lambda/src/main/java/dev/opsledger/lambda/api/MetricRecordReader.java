package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.RecordDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.StartDeployment;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.incident.IncidentCommand.AttributeIncident;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a {@code POST /metrics} body into its command, or a 400 naming every offending field. */
public final class MetricRecordReader {

    static final Map<String, DeploymentOutcome> OUTCOMES = Map.of(
            "succeeded", DeploymentOutcome.SUCCEEDED,
            "failed", DeploymentOutcome.FAILED,
            "rolled_back", DeploymentOutcome.ROLLED_BACK);
    static final Map<String, Severity> SEVERITIES = Map.of(
            "critical", Severity.CRITICAL,
            "high", Severity.HIGH,
            "medium", Severity.MEDIUM,
            "low", Severity.LOW);
    static final List<String> TYPES = List.of("deployment", "deployment.started", "deployment.finished",
            "incident.opened", "incident.resolved", "incident.attributed");

    private MetricRecordReader() {
    }

    public static MetricCommand read(JsonNode body, Instant now) {
        if (!(body instanceof ObjectNode object)) {
            throw new Problem(ProblemType.MALFORMED_JSON, "the body must be one JSON object");
        }
        JsonNode type = object.get("type");
        if (type == null || !type.isTextual() || !TYPES.contains(type.asText())) {
            throw Problem.invalid("/type", (type == null ? "is required" : "is not known") + ": one of "
                    + String.join(", ", TYPES));
        }
        BodyFields fields = BodyFields.of(object, now);
        return switch (type.asText()) {
            case "deployment" -> deployment(fields);
            case "deployment.started" -> deploymentStarted(fields);
            case "deployment.finished" -> deploymentFinished(fields);
            case "incident.opened" -> incidentOpened(fields);
            case "incident.resolved" -> incidentResolved(fields);
            default -> incidentAttributed(fields);
        };
    }

    private static MetricCommand deployment(BodyFields fields) {
        fields.allowOnly(Set.of("type", "id", "service", "environment", "version", "changes", "startedAt",
                "finishedAt", "outcome"));
        String id = fields.id("id");
        String service = fields.name("service");
        String environment = fields.name("environment");
        String version = fields.version("version");
        List<Change> changes = fields.changes("changes");
        Instant startedAt = fields.timestamp("startedAt");
        Instant finishedAt = fields.timestamp("finishedAt");
        DeploymentOutcome outcome = fields.choice("outcome", OUTCOMES);
        fields.requireValid();
        return new MetricCommand.ForDeployment("deployment:" + id, new RecordDeployment(new DeploymentId(id),
                service, environment, version, changes, startedAt, outcome, finishedAt));
    }

    private static MetricCommand deploymentStarted(BodyFields fields) {
        fields.allowOnly(Set.of("type", "id", "service", "environment", "version", "changes", "startedAt"));
        String id = fields.id("id");
        String service = fields.name("service");
        String environment = fields.name("environment");
        String version = fields.version("version");
        List<Change> changes = fields.changes("changes");
        Instant startedAt = fields.timestamp("startedAt");
        fields.requireValid();
        return new MetricCommand.ForDeployment("deployment.started:" + id,
                new StartDeployment(new DeploymentId(id), service, environment, version, changes, startedAt));
    }

    private static MetricCommand deploymentFinished(BodyFields fields) {
        fields.allowOnly(Set.of("type", "id", "outcome", "finishedAt"));
        String id = fields.id("id");
        DeploymentOutcome outcome = fields.choice("outcome", OUTCOMES);
        Instant finishedAt = fields.timestamp("finishedAt");
        fields.requireValid();
        return new MetricCommand.ForDeployment("deployment.finished:" + id,
                new FinishDeployment(new DeploymentId(id), outcome, finishedAt));
    }

    private static MetricCommand incidentOpened(BodyFields fields) {
        fields.allowOnly(Set.of("type", "id", "service", "environment", "severity", "openedAt", "causeDeploymentId"));
        String id = fields.id("id");
        String service = fields.name("service");
        String environment = fields.name("environment");
        Severity severity = fields.choice("severity", SEVERITIES);
        Instant openedAt = fields.timestamp("openedAt");
        Optional<String> cause = fields.optionalId("causeDeploymentId");
        fields.requireValid();
        return new MetricCommand.ForIncident("incident.opened:" + id, new OpenIncident(new IncidentId(id), service,
                environment, severity, openedAt, cause.map(DeploymentId::new)));
    }

    private static MetricCommand incidentResolved(BodyFields fields) {
        fields.allowOnly(Set.of("type", "id", "resolvedAt"));
        String id = fields.id("id");
        Instant resolvedAt = fields.timestamp("resolvedAt");
        fields.requireValid();
        return new MetricCommand.ForIncident("incident.resolved:" + id,
                new ResolveIncident(new IncidentId(id), resolvedAt));
    }

    private static MetricCommand incidentAttributed(BodyFields fields) {
        fields.allowOnly(Set.of("type", "id", "causeDeploymentId"));
        String id = fields.id("id");
        String cause = fields.id("causeDeploymentId");
        fields.requireValid();
        return new MetricCommand.ForIncident("incident.attributed:" + id,
                new AttributeIncident(new IncidentId(id), new DeploymentId(cause)));
    }
}
