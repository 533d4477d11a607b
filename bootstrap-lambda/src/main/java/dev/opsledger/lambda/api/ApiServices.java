package dev.opsledger.lambda.api;

import dev.opsledger.application.dora.ComputeDoraMetrics;
import dev.opsledger.application.dora.DoraReadModel;
import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.MetricsRecorder;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.recording.RecordDeployment;
import dev.opsledger.application.recording.RecordIncident;
import dev.opsledger.domain.shared.Region;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything the API calls: its use cases, the clock that judges timestamps and windows, the metrics port,
 * and where the one JSON line per request goes (standard output on Lambda). {@link #of} builds it over a
 * region's ports, which is how the Lambda handler and the local server both wire it.
 */
public record ApiServices(
        RecordDeployment deployments,
        RecordIncident incidents,
        RecordLookups lookups,
        ComputeDoraMetrics doraMetrics,
        InstantSource clock,
        MetricsRecorder metrics,
        Consumer<String> requestLog) {

    public ApiServices {
        Objects.requireNonNull(deployments, "deployments");
        Objects.requireNonNull(incidents, "incidents");
        Objects.requireNonNull(lookups, "lookups");
        Objects.requireNonNull(doraMetrics, "doraMetrics");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(requestLog, "requestLog");
    }

    /** The API of {@code region}, writing only while {@code router} names it active. */
    public static ApiServices of(Region region, EventStore store, DoraReadModel doraModel, TrafficRouter router,
            InstantSource clock, MetricsRecorder metrics, Consumer<String> requestLog) {
        WriteFence fence = new WriteFence(region, router);
        return new ApiServices(
                new RecordDeployment(store, fence),
                new RecordIncident(store, fence),
                new RecordLookups(store),
                new ComputeDoraMetrics(doraModel),
                clock,
                metrics,
                requestLog);
    }
}
