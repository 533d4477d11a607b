package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.recording.Recorded;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code POST /metrics}: one deployment or incident fact, recorded idempotently. */
final class RecordMetricEndpoint {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final ApiServices services;

    RecordMetricEndpoint(ApiServices services) {
        this.services = services;
    }

    ApiResponse handle(ProxyRequest request) {
        MetricCommand command = MetricRecordReader.read(RequestBody.json(request), services.clock().instant());
        String key = idempotencyKey(request).orElse(command.derivedKey());
        return switch (command) {
            case MetricCommand.ForDeployment deployment -> answer(
                    services.deployments().handle(key, deployment.command()),
                    "/metrics/deployments/" + deployment.command().deploymentId().value());
            case MetricCommand.ForIncident incident -> answer(
                    services.incidents().handle(key, incident.command()),
                    "/metrics/incidents/" + incident.command().incidentId().value());
        };
    }

    private static Optional<String> idempotencyKey(ProxyRequest request) {
        List<String> keys = request.headerValues(IDEMPOTENCY_KEY);
        if (keys.size() > 1) {
            throw Problem.invalid(IDEMPOTENCY_KEY, "must be given once");
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        if (!KEY.matcher(keys.getFirst()).matches()) {
            throw Problem.invalid(IDEMPOTENCY_KEY, "must be 1 to 128 printable ASCII characters without spaces");
        }
        return Optional.of(keys.getFirst());
    }

    private static ApiResponse answer(Recorded recorded, String location) {
        ObjectNode body = Json.MAPPER.createObjectNode()
                .put("stream", recorded.stream().value())
                .put("version", recorded.version());
        ArrayNode eventIds = body.putArray("eventIds");
        recorded.events().stream().map(RecordedEvent::id).forEach(id -> eventIds.add(id.value()));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", location);
        if (recorded.alreadyRecorded()) {
            headers.put("Idempotent-Replayed", "true");
        }
        return ApiResponse.json(201, body, headers);
    }
}
