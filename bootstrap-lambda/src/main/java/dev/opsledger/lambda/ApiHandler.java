package dev.opsledger.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.opsledger.aws.wiring.AwsRegionAdapters;
import dev.opsledger.aws.wiring.AwsSettings;
import dev.opsledger.lambda.api.AllowedOrigins;
import dev.opsledger.lambda.api.Api;
import dev.opsledger.lambda.api.ApiPorts;
import dev.opsledger.lambda.api.ApiServices;
import dev.opsledger.lambda.wiring.ApiPriming;
import dev.opsledger.lambda.wiring.SnapStartPriming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;

/**
 * The API behind API Gateway's REST proxy integration. A stream handler: the event is read and the
 * response written with the API's one ObjectMapper, sparing the runtime's reflective POJO mapping at cold
 * start. The no-argument constructor wires the function's region, and the browser origins it answers, from its
 * environment, once per container.
 */
public final class ApiHandler implements RequestStreamHandler {

    private final Api api;
    // Held here because the runtime keeps its checkpoint hooks only weakly.
    private final SnapStartPriming priming;

    public ApiHandler() {
        this(portsFromEnvironment(), AllowedOrigins.fromEnvironment(System.getenv()));
    }

    private ApiHandler(ApiPorts ports, AllowedOrigins allowedOrigins) {
        this(ApiServices.of(ports, Clock.systemUTC(), System.out::println), allowedOrigins,
                ports.writeLeases()::current);
    }

    /** The API over {@code services}, as the local server and the tests run it: no snapshot to prime a fence for. */
    public ApiHandler(ApiServices services) {
        this(services, AllowedOrigins.NONE);
    }

    public ApiHandler(ApiServices services, AllowedOrigins allowedOrigins) {
        this(services, allowedOrigins, () -> { });
    }

    private ApiHandler(ApiServices services, AllowedOrigins allowedOrigins, Runnable fenceRead) {
        this.api = new Api(services, allowedOrigins);
        this.priming = ApiPriming.register(api::handle, fenceRead);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        api.handle(input, output);
    }

    /** The function's region: its clients and adapters built now, in the init phase, not on the first request. */
    private static ApiPorts portsFromEnvironment() {
        AwsRegionAdapters adapters = new AwsRegionAdapters(AwsSettings.fromEnvironment(System.getenv()));
        AwsSettings settings = adapters.settings();
        return new ApiPorts(settings.region(), settings.regions(), adapters.eventStore(), adapters.doraReadModel(),
                adapters.healthSummary(), adapters.writeLeases(), adapters.metrics());
    }
}
