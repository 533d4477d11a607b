package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Requests no client should send, each of which the API must refuse with a 4xx problem and without
 * storing anything: broken JSON, hostile sizes and nesting, wrong types, bad timestamps, bad names, bad
 * headers and paths.
 */
final class HostileCorpus {

    record Case(String name, ProxyEvent event) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String VALID = Bodies.deployment("dep-new", "succeeded");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "deployment", List.of("id", "service", "environment", "version", "changes", "startedAt", "finishedAt", "outcome"),
            "deployment.started", List.of("id", "service", "environment", "version", "changes", "startedAt"),
            "deployment.finished", List.of("id", "outcome", "finishedAt"),
            "incident.opened", List.of("id", "service", "environment", "severity", "openedAt"),
            "incident.resolved", List.of("id", "resolvedAt"),
            "incident.attributed", List.of("id", "causeDeploymentId"));

    private final List<Case> cases = new ArrayList<>();

    static List<Case> all() {
        HostileCorpus corpus = new HostileCorpus();
        corpus.truncated();
        corpus.nested();
        corpus.oversized();
        corpus.notOneObject();
        corpus.wrongTypes();
        corpus.missingFields();
        corpus.unknownTypesAndFields();
        corpus.timestamps();
        corpus.names();
        corpus.controlCharacters();
        corpus.changesAndIds();
        corpus.mediaTypes();
        corpus.headersAndPaths();
        return corpus.cases;
    }

    private void truncated() {
        for (int length : new int[] {0, 1, 2, 10, 25, 50, 75, 100, 150, 200, 250, 300, VALID.trim().length() - 1}) {
            body("truncated at " + length, VALID.trim().substring(0, length));
        }
        body("only whitespace", "   \n\t ");
        body("a trailing comma", VALID.trim().replace("\"}", "\",}"));
        body("two objects", VALID + VALID);
        body("an object then garbage", VALID + " ;DROP");
        body("single quotes", VALID.replace('"', '\''));
        body("a comment", "/* hi */" + VALID);
        body("NaN for a field", VALID.replace("\"1.4.2\"", "NaN"));
        body("duplicate id", VALID.replace("\"id\": \"dep-new\"", "\"id\": \"dep-new\", \"id\": \"dep-other\""));
        body("duplicate type", VALID.replace("{\"type\": \"deployment\"", "{\"type\": \"incident.resolved\", \"type\": \"deployment\""));
    }

    private void nested() {
        body("10,000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000));
        body("10,000 nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        body("10,000 unclosed arrays", "[".repeat(10_000));
        body("deep nesting inside a field",
                VALID.replace("\"1.4.2\"", "[".repeat(10_000) + "]".repeat(10_000)));
        body("65 levels", "[".repeat(65) + "]".repeat(65));
    }

    private void oversized() {
        body("10 MB of spaces", VALID + " ".repeat(10 * 1024 * 1024));
        body("10 MB string", "{\"type\": \"deployment\", \"id\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}");
        body("64 KB plus one", VALID.trim() + " ".repeat(64 * 1024 + 1 - VALID.trim().length()));
        body("a 100,000-digit number", VALID.replace("\"1.4.2\"", "1" + "0".repeat(100_000)));
        body("100,000 changes", VALID.replace("\"changes\": [", "\"changes\": [" + "{},".repeat(30_000)));
    }

    private void notOneObject() {
        for (String value : List.of("[]", "\"deployment\"", "42", "null", "true", "[" + VALID + "]")) {
            body("the body " + value.substring(0, Math.min(12, value.length())), value);
        }
    }

    private void wrongTypes() {
        for (String field : REQUIRED.get("deployment")) {
            for (String wrong : List.of("42", "4.2e1", "true", "null", "[]", "{}", "\"\"")) {
                cases.add(new Case("deployment " + field + " as " + wrong, post(withField(VALID, field, wrong))));
            }
        }
        body("a version number", VALID.replace("\"1.4.2\"", "1.42"));
        body("type as a number", VALID.replace("\"type\": \"deployment\"", "\"type\": 1"));
    }

    private void missingFields() {
        REQUIRED.forEach((type, fields) -> {
            for (String field : fields) {
                ObjectNode body = complete(type);
                body.remove(field);
                cases.add(new Case(type + " without " + field, post(body.toString())));
            }
        });
        body("no type", VALID.replace("\"type\": \"deployment\",", ""));
    }

    private void unknownTypesAndFields() {
        for (String type : List.of("deploy", "DEPLOYMENT", "", "incident", "deployment.succeeded", " deployment", "deployment\u0000")) {
            body("type '" + type + "'", VALID.replace("\"type\": \"deployment\"", "\"type\": " + Json.MAPPER.valueToTree(type)));
        }
        for (String field : List.of("extra", "__proto__", "constructor", "Type", "ID")) {
            body("unknown field " + field, VALID.replace("{\"type\"", "{\"" + field + "\": 1, \"type\""));
        }
        body("a change with an extra field", VALID.replace("\"committedAt\": \"2026-03-01T08:00:00Z\"}",
                "\"committedAt\": \"2026-03-01T08:00:00Z\", \"author\": \"x\"}"));
    }

    private void timestamps() {
        for (String timestamp : List.of("2026-03-01T09:00:00", "2026-03-01", "2026-03-01 09:00:00Z", "0000-01-01T00:00:00Z",
                "99999-01-01T00:00:00Z", "+99999-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2026-03-03T12:00:01Z",
                "2026-13-01T09:00:00Z", "2026-02-30T09:00:00Z", "2026-03-01T24:00:00Z", "2026-03-01T23:59:60Z",
                "2026-03-01T09:00:00+24:00", "2026-03-01T09:00:00.1234567890Z", "yesterday", "1772355600",
                "2026-03-01T09:00:00+0100", "2026-03-01T09:00Z", "-2026-03-01T09:00:00Z", "2026-03-01T09:00:00\u0000Z")) {
            body("startedAt " + timestamp.replace("\u0000", "NUL"), withField(VALID, "startedAt", Json.MAPPER.valueToTree(timestamp).toString()));
        }
        body("committedAt without offset", VALID.replace("2026-03-01T08:00:00Z", "2026-03-01T08:00:00"));
        body("startedAt as epoch millis", withField(VALID, "startedAt", "1772355600000"));
    }

    private void names() {
        List<String> hostile = List.of("\ud83d\ude80", "checkout \ud83d\ude80", "x'; DROP TABLE deployments;--", "\" OR 1=1 --",
                "$(rm -rf /)", "`id`", "a;b", "a|b", "a&&b", "../../etc/passwd", "<script>alert(1)</script>", "\u00a0",
                "\u200b", "\u200b\u200b", "   ", "", "a".repeat(129), "\u3164", "\u2800", "\u202echeckout", "a\tb",
                "a\nb", "\u0000", "\ud800", "%00", "${jndi:ldap://x/a}");
        for (String name : hostile) {
            String json = Json.MAPPER.valueToTree(name).toString();
            body("service " + printable(name), withField(VALID, "service", json));
            body("environment " + printable(name), withField(VALID, "environment", json));
        }
    }

    private void controlCharacters() {
        body("a raw NUL in a string", VALID.replace("dep-new", "dep\u0000new"));
        body("a raw newline in a string", VALID.replace("checkout", "check\nout"));
        body("a raw escape in a field name", VALID.replace("\"id\"", "\"i\u001bd\""));
        body("an escaped NUL in the id", VALID.replace("dep-new", "dep\\u0000new"));
        body("an escaped bell in the version", VALID.replace("1.4.2", "1.4.2\\u0007"));
        body("a lone surrogate in the id", VALID.replace("dep-new", "dep\\ud800"));
        posted("invalid UTF-8", new byte[] {'{', '"', 't', '"', ':', (byte) 0xC3, (byte) 0x28, '}'});
        posted("an overlong UTF-8 slash", new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'});
        posted("UTF-16 encoded", VALID.getBytes(StandardCharsets.UTF_16));
    }

    private void changesAndIds() {
        body("no changes", withField(VALID, "changes", "[]"));
        body("changes as an object", withField(VALID, "changes", "{\"sha\": \"" + Bodies.SHA + "\"}"));
        body("a change as a string", withField(VALID, "changes", "[\"" + Bodies.SHA + "\"]"));
        for (String sha : List.of("ABCDEF0", "abc", "g".repeat(40), "a".repeat(65), " " + Bodies.SHA)) {
            body("sha " + sha.substring(0, Math.min(sha.length(), 10)), VALID.replace(Bodies.SHA, sha));
        }
        ArrayNode many = Json.MAPPER.createArrayNode();
        for (int index = 0; index < 501; index++) {
            many.addObject().put("sha", String.format("%07x", index + 0x1000000)).put("committedAt", "2026-03-01T08:00:00Z");
        }
        body("501 changes", withField(VALID, "changes", many.toString()));
        for (String id : List.of("", " ", "dep 1", "dep/1", "-dep", "a".repeat(129), "dep\u00e9", "dep%2F1", "../x")) {
            body("id '" + printable(id) + "'", withField(VALID, "id", Json.MAPPER.valueToTree(id).toString()));
        }
        body("an unknown outcome", withField(VALID, "outcome", "\"SUCCEEDED\""));
        body("an unknown severity", withField(complete("incident.opened").toString(), "severity", "\"sev1\""));
        body("a bad cause id", withField(complete("incident.opened").toString(), "causeDeploymentId", "\"x y\""));
    }

    private void mediaTypes() {
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/json; charset=latin1", "application/jsonp", "multipart/form-data; boundary=x", "")) {
            cases.add(new Case("content type '" + type + "'", post(VALID).header("Content-Type", type)));
        }
        cases.add(new Case("no content type", post(VALID).withoutHeader("Content-Type")));
        cases.add(new Case("two content types", post(VALID).header("Content-Type", "application/json", "text/plain")));
    }

    private void headersAndPaths() {
        cases.add(new Case("an idempotency key with a space", post(VALID).header("Idempotency-Key", "a b")));
        cases.add(new Case("an idempotency key of 129", post(VALID).header("Idempotency-Key", "k".repeat(129))));
        cases.add(new Case("a non-ASCII idempotency key", post(VALID).header("Idempotency-Key", "cl\u00e9")));
        cases.add(new Case("two idempotency keys", post(VALID).header("Idempotency-Key", "a", "b")));
        cases.add(new Case("an empty idempotency key", post(VALID).header("Idempotency-Key", "")));
        cases.add(new Case("a body flagged base64 that is not", ProxyEvent.post("/metrics").flaggedBase64("!!!not base64!!!")));
        for (String path : List.of("/metrics/deployments/..%2F..%2Fetc", "/metrics/deployments/%00", "/metrics/deployments/%ZZ",
                "/metrics/deployments/' OR 1=1 --", "/metrics/incidents/" + "a".repeat(5000), "/metrics/deployments/%C3%28")) {
            cases.add(new Case("GET " + path.substring(0, Math.min(path.length(), 40)), ProxyEvent.get(path)));
        }
        cases.add(new Case("POST to a record", ProxyEvent.request("POST", "/metrics/deployments/dep-1")
                .header("Content-Type", "application/json").body(VALID)));
        cases.add(new Case("PUT /metrics", ProxyEvent.request("PUT", "/metrics").header("Content-Type", "application/json").body(VALID)));
        cases.add(new Case("DELETE a record", ProxyEvent.request("DELETE", "/metrics/deployments/dep-1")));
        cases.add(new Case("a report with a hostile service", ProxyEvent.get("/metrics").query("service", "x'; DROP TABLE--")));
        cases.add(new Case("a report from year 0000", ProxyEvent.get("/metrics").query("from", "0000-01-01T00:00:00Z")));
    }

    private void body(String name, String json) {
        cases.add(new Case(name, post(json)));
    }

    private void posted(String name, byte[] bytes) {
        cases.add(new Case(name, ProxyEvent.post("/metrics").base64Body(bytes)));
    }

    private static ProxyEvent post(String json) {
        return ProxyEvent.post("/metrics").body(json);
    }

    private static String withField(String json, String field, String valueJson) {
        try {
            ObjectNode body = (ObjectNode) Json.MAPPER.readTree(json);
            body.set(field, Json.MAPPER.readTree(valueJson));
            return body.toString();
        } catch (Exception unreadable) {
            throw new IllegalArgumentException(unreadable);
        }
    }

    private static ObjectNode complete(String type) {
        String json = switch (type) {
            case "deployment" -> VALID;
            case "deployment.started" -> Bodies.deploymentStarted("dep-new");
            case "deployment.finished" -> Bodies.deploymentFinished("dep-1", "2026-03-01T11:00:00Z");
            case "incident.opened" -> Bodies.incidentOpened("inc-new");
            case "incident.resolved" -> Bodies.incidentResolved("inc-1", "2026-03-01T11:00:00Z");
            default -> Bodies.incidentAttributed("inc-1", "dep-1");
        };
        try {
            return (ObjectNode) Json.MAPPER.readTree(json);
        } catch (Exception unreadable) {
            throw new IllegalArgumentException(unreadable);
        }
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(20).forEach(codePoint -> out.append(codePoint < 0x20 || codePoint > 0x7e
                ? String.format("U+%04X", codePoint) : Character.toString(codePoint)));
        return out.toString();
    }
}
