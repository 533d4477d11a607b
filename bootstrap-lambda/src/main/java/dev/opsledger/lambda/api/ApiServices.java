package dev.opsledger.lambda.api;

import dev.opsledger.application.dora.ComputeDoraMetrics;
import dev.opsledger.application.dora.ProjectDoraFacts;
import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.health.summary.HealthThresholds;
import dev.opsledger.application.health.summary.ReportSystemHealth;
import dev.opsledger.application.port.MetricsRecorder;
import dev.opsledger.application.recording.LookUpDeployment;
import dev.opsledger.application.recording.LookUpIncident;
import dev.opsledger.application.recording.ReadYourWrites;
import dev.opsledger.application.recording.RecordDeployment;
import dev.opsledger.application.recording.RecordIncident;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything the API calls: its use cases, the clock that judges timestamps and windows, the metrics port,
 * and where the one JSON line per request goes (standard output on Lambda). {@link #of} builds it over a
 * region's {@link ApiPorts}, which is how the Lambda handler and the local server both wire it.
 */
public record ApiServices(
        RecordDeployment deployments,
        RecordIncident incidents,
        LookUpDeployment deploymentLookUp,
        LookUpIncident incidentLookUp,
        ComputeDoraMetrics doraMetrics,
        ReportSystemHealth health,
        InstantSource clock,
        MetricsRecorder metrics,
        Consumer<String> requestLog) {

    public ApiServices {
        Objects.requireNonNull(deployments, "deployments");
        Objects.requireNonNull(incidents, "incidents");
        Objects.requireNonNull(deploymentLookUp, "deploymentLookUp");
        Objects.requireNonNull(incidentLookUp, "incidentLookUp");
        Objects.requireNonNull(doraMetrics, "doraMetrics");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(requestLog, "requestLog");
    }

    /**
     * The API of {@code ports.region()}: writes only while its write lease names it active, and each write applied
     * to the DORA read model right away so that the next report counts it.
     */
    public static ApiServices of(ApiPorts ports, InstantSource clock, Consumer<String> requestLog) {
        WriteFence fence = WriteFence.leased(ports.region(), ports.writeLeases(), clock);
        ReadYourWrites readYourWrites = new ReadYourWrites(new ProjectDoraFacts(ports.doraModel()), ports.metrics());
        return new ApiServices(
                new RecordDeployment(ports.store(), fence, readYourWrites),
                new RecordIncident(ports.store(), fence, readYourWrites),
                new LookUpDeployment(ports.store()),
                new LookUpIncident(ports.store()),
                new ComputeDoraMetrics(ports.doraModel()),
                new ReportSystemHealth(ports.healthSummary(), clock, ports.regions(), HealthThresholds.DEFAULT),
                clock,
                ports.metrics(),
                requestLog);
    }
}
