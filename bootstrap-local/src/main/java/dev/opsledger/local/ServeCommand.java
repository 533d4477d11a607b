package dev.opsledger.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.opsledger.aws.wiring.AwsClients;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.lambda.ApiHandler;
import dev.opsledger.lambda.api.ApiPorts;
import dev.opsledger.lambda.api.ApiServices;
import dev.opsledger.local.chaos.OutageRoute;
import dev.opsledger.local.chaos.Outages;
import dev.opsledger.local.http.DashboardPage;
import dev.opsledger.local.http.LocalApiGateway;
import dev.opsledger.local.http.LocalRoute;
import dev.opsledger.local.regions.JobIntervals;
import dev.opsledger.local.regions.LocalRegion;
import dev.opsledger.local.regions.LocalRegions;
import dev.opsledger.local.regions.RegionStorage;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: both regions in this process, the API of the active one on HTTP, until the process is
 * told to stop (Ctrl-C, SIGTERM), when a shutdown hook stops taking requests, lets those under way finish,
 * stops the background work and closes the DynamoDB clients.
 */
final class ServeCommand {

    private static final int HTTP_THREADS = 16;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    ServeCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run(List<String> args) {
        ServeOptions options = ServeOptions.parse(args, env);
        Optional<URI> endpoint = options.dynamoDb().map(EndpointSetting::endpoint);
        AwsClients clients = new AwsClients(endpoint);
        Clock clock = Clock.systemUTC();
        RegionStorage storage = endpoint
                .<RegionStorage>map(server -> new DynamoDbRegionStorage(clients.dynamoDb(Region.US_EAST_1), server))
                .orElse(RegionStorage.inMemory());
        LocalRegions regions;
        try {
            regions = LocalRegions.start(RegionPair.DEFAULT, storage, JobIntervals.checkingEvery(options.checkInterval()),
                    clock, err);
        } catch (RuntimeException failed) {
            clients.close();
            throw failed;
        }
        Outages outages = new Outages(regions, clock);
        List<LocalRoute> localRoutes = new ArrayList<>(List.of(DashboardPage.load(options.chaos())));
        if (options.chaos()) {
            localRoutes.add(new OutageRoute(outages, options.apiKey()));
        }
        LocalApiGateway gateway;
        try {
            gateway = LocalApiGateway.start(options.host(), options.port(),
                    new ActiveRegionApi(regions, region -> apiOf(region, regions)),
                    options.apiKey(), localRoutes, HTTP_THREADS, err);
        } catch (IOException cannotListen) {
            outages.close();
            regions.close();
            clients.close();
            throw new UsageError("cannot listen on " + options.host() + ":" + options.port() + " (" + cannotListen
                    + "); is another server using it? Choose another port with --port");
        }
        String tables = endpoint.map(server -> "tables " + DynamoDbRegionStorage.tableName(Region.US_EAST_1) + " and "
                + DynamoDbRegionStorage.tableName(Region.US_WEST_2) + " on " + server).orElse("in memory");
        out.print(ServeBanner.text(gateway.uri(), tables, options.apiKey(), options.chaos(), clock.instant()));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            outages.close();
            regions.close();
            clients.close();
            out.println("opsledger: stopped");
            out.flush();
            stopped.countDown();
        }, "opsledger-stop"));
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    /** The region's API function as Lambda runs it, its one JSON line per request on standard output. */
    private RequestStreamHandler apiOf(LocalRegion region, LocalRegions regions) {
        ApiPorts ports = new ApiPorts(region.region(), RegionPair.DEFAULT, region.log(), region.doraModel(),
                region.healthSummary(), region.writeLeases(), region.metrics());
        return new ApiHandler(ApiServices.of(ports, regions.clock(), out::println));
    }
}
