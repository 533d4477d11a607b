package dev.opsledger.local.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request as it reached the gateway, before translation.
 *
 * @param path     the decoded path, always starting with {@code /}
 * @param rawQuery the query string as sent (still percent-encoded), or null when there is none
 * @param headers  header names in the order they came, each with every value it was sent with
 * @param body     the request's bytes, empty when it had none
 * @param sourceIp the client's address
 * @param protocol such as {@code HTTP/1.1}
 * @param host     the host and port the client addressed
 */
public record IncomingRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
        byte[] body, String sourceIp, String protocol, String host) {

    public IncomingRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = unmodifiableCopy(headers);
        body = body.clone();
        Objects.requireNonNull(sourceIp, "sourceIp");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(host, "host");
    }

    /** Every value of the header, its name matched without regard to case, as HTTP requires. */
    public List<String> header(String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .flatMap(header -> header.getValue().stream())
                .toList();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    private static Map<String, List<String>> unmodifiableCopy(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
