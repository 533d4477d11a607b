package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The API over API Gateway's REST proxy events: reads the event, routes it, answers with a proxy response,
 * and observes every request. Whatever a request holds, the answer is a response (a problem for anything
 * refused), never an exception out of the handler. Answers to a browser page of an allowed origin carry its
 * CORS headers.
 */
public final class Api {

    private static final Set<String> KNOWN_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

    private final ApiServices services;
    private final RecordMetricEndpoint record;
    private final LookupEndpoint lookup;
    private final DoraReportEndpoint report;
    private final HealthEndpoint health;
    private final RequestObserver observer;
    private final AllowedOrigins allowedOrigins;

    /** The API for callers that are not browser pages of another origin (the local server's page is its own). */
    public Api(ApiServices services) {
        this(services, AllowedOrigins.NONE);
    }

    public Api(ApiServices services, AllowedOrigins allowedOrigins) {
        this.services = services;
        this.allowedOrigins = Objects.requireNonNull(allowedOrigins, "allowedOrigins");
        this.record = new RecordMetricEndpoint(services);
        this.lookup = new LookupEndpoint(services);
        this.report = new DoraReportEndpoint(services);
        this.health = new HealthEndpoint(services);
        this.observer = new RequestObserver(services);
    }

    public void handle(InputStream event, OutputStream out) throws IOException {
        long started = System.nanoTime();
        String requestId = "";
        String route = RequestObserver.UNMATCHED;
        Optional<String> origin = Optional.empty();
        Optional<Throwable> failure = Optional.empty();
        ApiResponse response;
        try {
            ProxyRequest request = ProxyRequest.of(readEvent(event));
            requestId = request.requestId();
            origin = request.header("Origin");
            Optional<Router.Match> match = Router.match(request.path());
            if (match.isPresent()) {
                route = methodName(request.method()) + " " + match.get().route().template();
            }
            response = dispatch(Router.requireMethod(match, request.method()), request);
        } catch (RuntimeException refused) {
            Problem problem = Problems.of(refused);
            if (problem.type() == ProblemType.INTERNAL_ERROR) {
                failure = Optional.of(refused);
            }
            response = Problems.answer(problem);
        }
        Json.MAPPER.writeValue(out, proxyResponse(response, allowedOrigins.headersFor(origin)));
        observer.observe(requestId, route, response.status(), (System.nanoTime() - started) / 1e6, failure);
    }

    private ApiResponse dispatch(Router.Match match, ProxyRequest request) {
        return switch (match.route()) {
            case METRICS -> request.method().equals("POST") ? record.handle(request) : report.handle(request);
            case DEPLOYMENT -> lookup.deployment(match.id());
            case INCIDENT -> lookup.incident(match.id());
            case HEALTH -> health.handle();
        };
    }

    /** Methods beyond HTTP's own are named OTHER, so that no client can mint metric dimensions. */
    private static String methodName(String method) {
        return KNOWN_METHODS.contains(method) ? method : "OTHER";
    }

    private static JsonNode readEvent(InputStream event) {
        try {
            return Json.MAPPER.readTree(event);
        } catch (IOException unreadable) {
            throw new Problem(ProblemType.MALFORMED_JSON, "the request could not be read");
        }
    }

    private static ObjectNode proxyResponse(ApiResponse response, Map<String, String> corsHeaders) {
        ObjectNode proxy = Json.MAPPER.createObjectNode().put("statusCode", response.status());
        ObjectNode headers = proxy.putObject("headers");
        response.headers().forEach(headers::put);
        corsHeaders.forEach(headers::put);
        return proxy.put("body", response.body()).put("isBase64Encoded", false);
    }
}
