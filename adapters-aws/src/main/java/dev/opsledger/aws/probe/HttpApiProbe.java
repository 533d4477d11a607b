package dev.opsledger.aws.probe;

import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;

/**
 * Probes a region's public API the way a client reaches it: {@code GET <endpoint>/health}, passing on
 * HTTP 200 within the timeout. A timeout or refused connection is {@code unreachable}, HTTP 429 is
 * {@code throttled}, anything else is {@code failed} with its status.
 */
public final class HttpApiProbe implements HealthProbe {

    private final HttpClient http;
    private final Map<Region, URI> endpoints;
    private final Duration timeout;
    private final InstantSource clock;

    public HttpApiProbe(HttpClient http, Map<Region, URI> endpoints, Duration timeout, InstantSource clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.endpoints = Map.copyOf(endpoints);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!timeout.isPositive()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    @Override
    public Component component() {
        return Component.API;
    }

    @Override
    public CheckResult probe(Region region) {
        Instant checkedAt = clock.instant();
        String target = ProbeFailures.target(region, Component.API);
        URI endpoint = endpoints.get(region);
        if (endpoint == null) {
            return CheckResult.failed(Duration.ZERO, target + " failed: no endpoint configured", checkedAt);
        }
        HttpRequest request = HttpRequest.newBuilder(healthOf(endpoint)).timeout(timeout).GET().build();
        long start = System.nanoTime();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            Duration latency = ProbeFailures.since(start);
            return switch (status) {
                case 200 -> CheckResult.passed(latency, checkedAt);
                case 429 -> CheckResult.failed(latency, target + " throttled: HTTP 429", checkedAt);
                default -> CheckResult.failed(latency, target + " failed: HTTP " + status, checkedAt);
            };
        } catch (HttpTimeoutException e) {
            return CheckResult.failed(ProbeFailures.since(start),
                    target + " unreachable: no answer within " + ProbeFailures.human(timeout), checkedAt);
        } catch (ConnectException e) {
            return CheckResult.failed(ProbeFailures.since(start), target + " unreachable: connection refused", checkedAt);
        } catch (IOException e) {
            return CheckResult.failed(ProbeFailures.since(start), target + " unreachable: " + e, checkedAt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.failed(ProbeFailures.since(start), target + " not probed: interrupted", checkedAt);
        }
    }

    private static URI healthOf(URI endpoint) {
        String base = endpoint.toString();
        return URI.create(base.endsWith("/") ? base + "health" : base + "/health");
    }
}
