package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The API of a running {@code serve}, as the browser tests feed and read it. */
record LocalApiClient(URI url, HttpClient client) {

    static final ObjectMapper JSON = new ObjectMapper();

    static LocalApiClient of(URI url) {
        return new LocalApiClient(url, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }

    HttpResponse<String> send(String method, String pathAndQuery, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + pathAndQuery))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), BodyHandlers.ofString());
    }

    void record(ObjectNode fact) throws IOException, InterruptedException {
        HttpResponse<String> answer = send("POST", "/metrics", fact.toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    JsonNode metrics(String service, String environment, String from, String to) throws Exception {
        String query = "?environment=" + encode(environment) + "&from=" + encode(from) + "&to=" + encode(to)
                + (service == null ? "" : "&service=" + encode(service));
        HttpResponse<String> answer = send("GET", "/metrics" + query, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    static ObjectNode deployment(String id, String service, Instant finished, String outcome) {
        ObjectNode body = JSON.createObjectNode()
                .put("type", "deployment").put("id", id).put("service", service).put("environment", "production")
                .put("version", "1.0." + id.length()).put("startedAt", finished.minusSeconds(600).toString())
                .put("finishedAt", finished.toString()).put("outcome", outcome);
        body.putArray("changes").addObject().put("sha", sha(id)).put("committedAt", finished.minusSeconds(7200).toString());
        return body;
    }

    static ObjectNode incidentOpened(String id, String service, Instant opened) {
        return JSON.createObjectNode().put("type", "incident.opened").put("id", id).put("service", service)
                .put("environment", "production").put("severity", "high").put("openedAt", opened.toString());
    }

    static ObjectNode incidentResolved(String id, Instant resolved) {
        return JSON.createObjectNode().put("type", "incident.resolved").put("id", id).put("resolvedAt", resolved.toString());
    }

    /** A distinct commit per deployment, so each one delivers a change of its own. */
    private static String sha(String id) {
        return "%08x".formatted(id.hashCode());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
