package dev.opsledger.aws.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.dora.DeploymentFact;
import dev.opsledger.domain.dora.IncidentFact;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * A deployment's or an incident's fact as the read model stores it: explicit JSON fields, instants in
 * ISO-8601 to the nanosecond. A fact is read back as the events that fold into the very same fact, so
 * {@link dev.opsledger.domain.dora.DoraFacts#of} rebuilds it and new events fold on top of it.
 */
final class FactJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FactJson() {
    }

    static String of(DeploymentFact deployment) {
        ObjectNode node = JSON.createObjectNode()
                .put("kind", "deployment")
                .put("id", deployment.id().value())
                .put("service", deployment.service())
                .put("environment", deployment.environment())
                .put("version", deployment.version())
                .put("startedAt", deployment.startedAt().toString());
        deployment.changes().forEach(change -> node.withArray("changes").addObject()
                .put("sha", change.commitSha())
                .put("committedAt", change.committedAt().toString()));
        deployment.outcome().ifPresent(outcome -> node.put("outcome", outcome.name()));
        deployment.finishedAt().ifPresent(finished -> node.put("finishedAt", finished.toString()));
        return write(node);
    }

    static String of(IncidentFact incident) {
        ObjectNode node = JSON.createObjectNode()
                .put("kind", "incident")
                .put("id", incident.id().value())
                .put("service", incident.service())
                .put("environment", incident.environment())
                .put("severity", incident.severity().name())
                .put("openedAt", incident.openedAt().toString());
        incident.resolvedAt().ifPresent(resolved -> node.put("resolvedAt", resolved.toString()));
        incident.explicitCause().ifPresent(cause -> node.put("cause", cause.value()));
        return write(node);
    }

    static List<DomainEvent> events(String json) {
        JsonNode node = read(json);
        return switch (node.path("kind").asText()) {
            case "deployment" -> deploymentEvents(node);
            case "incident" -> incidentEvents(node);
            default -> throw new IllegalArgumentException("not a stored DORA fact: " + json);
        };
    }

    private static List<DomainEvent> deploymentEvents(JsonNode node) {
        DeploymentId id = new DeploymentId(node.get("id").asText());
        List<Change> changes = StreamSupport.stream(node.path("changes").spliterator(), false)
                .map(change -> new Change(change.get("sha").asText(), instant(change, "committedAt").orElseThrow()))
                .toList();
        List<DomainEvent> events = new ArrayList<>(List.of(new DeploymentStarted(id, node.get("service").asText(),
                node.get("environment").asText(), node.get("version").asText(), changes, instant(node, "startedAt").orElseThrow())));
        instant(node, "finishedAt").ifPresent(finished -> events.add(
                new DeploymentFinished(id, DeploymentOutcome.valueOf(node.get("outcome").asText()), finished)));
        return events;
    }

    private static List<DomainEvent> incidentEvents(JsonNode node) {
        IncidentId id = new IncidentId(node.get("id").asText());
        Optional<DeploymentId> cause = Optional.ofNullable(node.get("cause")).map(JsonNode::asText).map(DeploymentId::new);
        List<DomainEvent> events = new ArrayList<>(List.of(new IncidentOpened(id, node.get("service").asText(),
                node.get("environment").asText(), Severity.valueOf(node.get("severity").asText()),
                instant(node, "openedAt").orElseThrow(), cause)));
        instant(node, "resolvedAt").ifPresent(resolved -> events.add(new IncidentResolved(id, resolved)));
        return events;
    }

    private static Optional<Instant> instant(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).map(JsonNode::asText).map(Instant::parse);
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write a JSON tree", impossible);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalArgumentException("stored DORA fact is not JSON: " + json, corrupt);
        }
    }
}
