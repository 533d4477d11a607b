package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.domain.deployment.Deployment;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.Incident;
import dev.opsledger.domain.incident.IncidentId;
import java.time.Duration;
import java.util.Locale;

/** {@code GET /metrics/deployments/{id}} and {@code GET /metrics/incidents/{id}}: what is recorded so far. */
final class LookupEndpoint {

    private final ApiServices services;

    LookupEndpoint(ApiServices services) {
        this.services = services;
    }

    ApiResponse deployment(String id) {
        requireId(id);
        Deployment recorded = services.deploymentLookUp().find(new DeploymentId(id))
                .orElseThrow(() -> notFound("deployment", id)).state();
        return switch (recorded) {
            case Deployment.NotStarted notStarted -> throw notFound("deployment", id);
            case Deployment.InProgress run -> ApiResponse.json(200, view(run).put("status", "in_progress"));
            case Deployment.Finished finished -> ApiResponse.json(200, view(finished.run())
                    .put("status", "finished")
                    .put("outcome", finished.outcome().name().toLowerCase(Locale.ROOT))
                    .put("finishedAt", finished.finishedAt().toString()));
        };
    }

    ApiResponse incident(String id) {
        requireId(id);
        Incident recorded = services.incidentLookUp().find(new IncidentId(id))
                .orElseThrow(() -> notFound("incident", id)).state();
        return switch (recorded) {
            case Incident.Unreported unreported -> throw notFound("incident", id);
            case Incident.Open open -> ApiResponse.json(200, view(open).put("status", "open"));
            case Incident.Resolved resolved -> ApiResponse.json(200, view(resolved.incident())
                    .put("status", "resolved")
                    .put("resolvedAt", resolved.resolvedAt().toString())
                    .put("timeToRestoreSeconds", seconds(resolved.timeToRestore())));
        };
    }

    static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    private static ObjectNode view(Deployment.InProgress run) {
        ObjectNode view = Json.MAPPER.createObjectNode()
                .put("id", run.deploymentId().value())
                .put("service", run.service())
                .put("environment", run.environment())
                .put("version", run.version());
        ArrayNode changes = view.putArray("changes");
        run.changes().forEach(change -> changes.addObject()
                .put("sha", change.commitSha())
                .put("committedAt", change.committedAt().toString()));
        return view.put("startedAt", run.startedAt().toString());
    }

    private static ObjectNode view(Incident.Open open) {
        ObjectNode view = Json.MAPPER.createObjectNode()
                .put("id", open.incidentId().value())
                .put("service", open.service())
                .put("environment", open.environment())
                .put("severity", open.severity().name().toLowerCase(Locale.ROOT))
                .put("openedAt", open.openedAt().toString());
        open.cause().ifPresent(cause -> view.put("causeDeploymentId", cause.value()));
        return view;
    }

    /** An id no record could have is not looked up: it is simply not there. */
    private static void requireId(String id) {
        if (!BodyFields.RECORD_ID.matcher(id).matches()) {
            throw new Problem(ProblemType.NOT_FOUND, "no record has this id");
        }
    }

    private static Problem notFound(String kind, String id) {
        return new Problem(ProblemType.NOT_FOUND, "no " + kind + " '" + id + "' is recorded");
    }
}
