package dev.opsledger.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.local.regions.LocalRegion;
import dev.opsledger.local.regions.LocalRegions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The API as clients reach it through the failover records: each request goes to the API function of the
 * region the router names active at that moment (a DNS TTL of zero). Each region has its own function,
 * wired over that region's table, so after a failover the standby answers from its own data.
 */
final class ActiveRegionApi implements RequestStreamHandler {

    private final LocalRegions regions;
    private final Map<Region, RequestStreamHandler> functions;

    ActiveRegionApi(LocalRegions regions, Function<LocalRegion, RequestStreamHandler> functionOf) {
        this.regions = regions;
        this.functions = Stream.of(regions.primary(), regions.secondary())
                .collect(Collectors.toUnmodifiableMap(LocalRegion::region, functionOf));
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        functions.get(regions.active().region()).handleRequest(input, output, context);
    }
}
