package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.domain.dora.BenchmarkEdition;
import dev.opsledger.domain.dora.ChangeFailureRate;
import dev.opsledger.domain.dora.Classification;
import dev.opsledger.domain.dora.DeploymentFrequency;
import dev.opsledger.domain.dora.DoraReport;
import dev.opsledger.domain.dora.LeadTime;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.domain.dora.TimeToRestore;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** {@code GET /metrics}: the DORA report of a window, each key with its value, sample size and levels. */
final class DoraReportEndpoint {

    private final ApiServices services;

    DoraReportEndpoint(ApiServices services) {
        this.services = services;
    }

    ApiResponse handle(ProxyRequest request) {
        ReportWindow window = ReportWindow.of(request.query(), services.clock().instant());
        DoraReport report = services.doraMetrics().report(
                new ReportScope(window.service(), window.environment(), window.from(), window.to()));
        ObjectNode body = Json.MAPPER.createObjectNode();
        window.service().ifPresentOrElse(name -> body.put("service", name), () -> body.putNull("service"));
        body.put("environment", window.environment())
                .put("from", window.from().toString())
                .put("to", window.to().toString());
        body.set("deploymentFrequency", frequency(report.deploymentFrequency()));
        body.set("leadTimeForChanges", leadTime(report.leadTime()));
        body.set("changeFailureRate", failureRate(report.changeFailureRate()));
        body.set("timeToRestore", timeToRestore(report.timeToRestore()));
        return ApiResponse.json(200, body);
    }

    private static ObjectNode frequency(DeploymentFrequency frequency) {
        ObjectNode key = Json.MAPPER.createObjectNode()
                .put("value", frequency.deploymentsPerDay())
                .put("unit", "deployments_per_day")
                .put("sampleSize", frequency.deployments())
                .put("deploymentDays", frequency.deploymentDays())
                .put("deploymentDaysPerWeek", frequency.deploymentDaysPerWeek())
                .put("attempts", frequency.attempts());
        return levels(key, frequency.classification());
    }

    private static ObjectNode leadTime(LeadTime leadTime) {
        ObjectNode key = Json.MAPPER.createObjectNode();
        seconds(key, "value", leadTime.median());
        key.put("unit", "seconds");
        seconds(key, "p90", leadTime.p90());
        key.put("sampleSize", leadTime.changes());
        return levels(key, leadTime.classification());
    }

    private static ObjectNode failureRate(ChangeFailureRate rate) {
        ObjectNode key = Json.MAPPER.createObjectNode();
        rate.rate().ifPresentOrElse(value -> key.put("value", value), () -> key.putNull("value"));
        key.put("unit", "ratio")
                .put("failedDeployments", rate.failedDeployments())
                .put("sampleSize", rate.deployments());
        return levels(key, rate.classification());
    }

    private static ObjectNode timeToRestore(TimeToRestore restore) {
        ObjectNode key = Json.MAPPER.createObjectNode();
        seconds(key, "value", restore.median());
        key.put("unit", "seconds").put("sampleSize", restore.restoredIncidents());
        return levels(key, restore.classification());
    }

    private static void seconds(ObjectNode key, String field, Optional<Duration> duration) {
        duration.ifPresentOrElse(value -> key.put(field, LookupEndpoint.seconds(value)), () -> key.putNull(field));
    }

    private static ObjectNode levels(ObjectNode key, Classification classification) {
        ObjectNode levels = key.putObject("levels");
        level(levels, "dora2023", classification, BenchmarkEdition.DORA_2023);
        level(levels, "dora2021", classification, BenchmarkEdition.DORA_2021);
        return key;
    }

    private static void level(ObjectNode levels, String field, Classification classification, BenchmarkEdition edition) {
        classification.level(edition).ifPresentOrElse(
                level -> levels.put(field, level.name().toLowerCase(Locale.ROOT)),
                () -> levels.putNull(field));
    }
}
