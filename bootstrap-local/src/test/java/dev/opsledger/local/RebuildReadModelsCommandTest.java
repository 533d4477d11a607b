package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.dora.ComputeDoraMetrics;
import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.recording.RecordDeployment;
import dev.opsledger.application.recording.RecordIncident;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.readmodel.DynamoDbDoraReadModel;
import dev.opsledger.aws.readmodel.DynamoDbHealthSummary;
import dev.opsledger.application.health.summary.HealthSummary;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.dora.DoraReport;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.incident.IncidentCommand;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class RebuildReadModelsCommandTest {

    private static final Instant DAY_1 = Instant.parse("2025-03-03T09:00:00Z");
    private static final List<ReportScope> SCOPES = List.of(
            ReportScope.ofService("checkout", "production", DAY_1.minus(Duration.ofDays(1)), DAY_1.plus(Duration.ofDays(7))),
            ReportScope.ofService("checkout", "production", DAY_1.plus(Duration.ofDays(1)), DAY_1.plus(Duration.ofDays(2))),
            ReportScope.ofService("search", "production", DAY_1, DAY_1.plus(Duration.ofDays(3))));

    private final Dynalite dynalite = Dynalite.shared();
    private final DynamoDbClient client = dynalite.client();
    private final String table = dynalite.createEventTable();
    private final DynamoDbEventStore store = new DynamoDbEventStore(client, table, Clock.systemUTC());
    private List<DoraReport> metricsBefore;
    private HealthSummary healthBefore;
    private int commits;

    /**
     * Deployments (one failed), incidents (one blaming a deployment, one linked implicitly) and a health
     * check, recorded through the use cases on the real event store, and projected from its feed as the
     * live projector does.
     */
    @BeforeEach
    void recordAndProject() {
        WriteFence fence = new WriteFence(Region.US_EAST_1, new InMemoryTrafficRouter(new ActiveRegion(Region.US_EAST_1, 0)));
        RecordDeployment deployments = new RecordDeployment(store, fence);
        RecordIncident incidents = new RecordIncident(store, fence);
        deploy(deployments, "d-1", "checkout", DAY_1, DeploymentOutcome.SUCCEEDED);
        deploy(deployments, "d-2", "checkout", DAY_1.plus(Duration.ofDays(1)), DeploymentOutcome.FAILED);
        deploy(deployments, "d-3", "checkout", DAY_1.plus(Duration.ofDays(2)), DeploymentOutcome.SUCCEEDED);
        deploy(deployments, "d-4", "search", DAY_1.plus(Duration.ofHours(5)), DeploymentOutcome.SUCCEEDED);
        incidents.handle("open-i-1", new IncidentCommand.OpenIncident(new IncidentId("i-1"), "checkout", "production",
                Severity.HIGH, DAY_1.plus(Duration.ofHours(3)), Optional.of(new DeploymentId("d-1"))));
        incidents.handle("resolve-i-1", new IncidentCommand.ResolveIncident(new IncidentId("i-1"),
                DAY_1.plus(Duration.ofHours(5))));
        incidents.handle("open-i-2", new IncidentCommand.OpenIncident(new IncidentId("i-2"), "search", "production",
                Severity.MEDIUM, DAY_1.plus(Duration.ofHours(8)), Optional.empty()));
        ComponentKey api = new ComponentKey(Region.US_EAST_1, Component.API);
        store.append(api.streamAt(DAY_1), 0, List.of(new NewEvent(new EventId("check-1"),
                new CheckRecorded(api, CheckResult.passed(Duration.ofMillis(90), DAY_1)))));

        List<Commit> log = store.readFeed(LogPosition.START, 100).commits();
        DynamoDbDoraReadModel dora = new DynamoDbDoraReadModel(client, table);
        DynamoDbHealthSummary health = new DynamoDbHealthSummary(client, table);
        log.forEach(commit -> {
            dora.apply(commit);
            health.apply(commit);
        });
        commits = log.size();
        metricsBefore = metrics();
        healthBefore = health();
        assertThat(metricsBefore.getFirst().changeFailureRate().failedDeployments()).as("a failure rate to restore")
                .isEqualTo(2);
        assertThat(healthBefore.components()).as("a health summary to restore").hasSize(1);
    }

    @Test
    void rebuilds_lost_read_models_from_the_log_so_metrics_and_health_answer_as_before() {
        deleteItems(pk -> pk.startsWith("rm:"));
        assertThat(metrics()).isNotEqualTo(metricsBefore);

        CommandRun result = CommandRun.of(Map.of(), "rebuild-read-models", "--table", table,
                "--dynamodb-endpoint", dynalite.endpoint().toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("rebuilt the read models of " + table + " on " + dynalite.endpoint()
                + " from " + commits + " commits, up to " + lastPosition() + "\n");
        assertThat(metrics()).isEqualTo(metricsBefore);
        assertThat(health()).isEqualTo(healthBefore);
    }

    @Test
    void a_plain_rebuild_places_again_what_stream_items_hold_and_fresh_also_deletes_items_of_former_layouts() {
        deleteItems(pk -> pk.startsWith("rm:dora:") && !pk.startsWith("rm:dora:stream:"));
        putItem("rm:dora:day:production:2025-03-04");
        CommandRun.of(Map.of(), "rebuild-read-models", "--table", table, "--dynamodb-endpoint", dynalite.endpoint().toString());
        assertThat(metrics()).as("after a rebuild without --fresh").isEqualTo(metricsBefore);
        assertThat(items(pk -> pk.startsWith("rm:dora:day:"))).as("a former layout's item, left by a plain rebuild").hasSize(1);
        List<Map<String, AttributeValue>> otherItems = items(pk -> !pk.startsWith("rm:"));
        int readModelItems = items(pk -> pk.startsWith("rm:")).size();

        CommandRun result = CommandRun.of(Map.of(EndpointSetting.VARIABLE, dynalite.endpoint().toString()),
                "rebuild-read-models", "--fresh", "--table=" + table);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("deleted " + readModelItems + " read-model items of " + table + " on "
                + dynalite.endpoint() + "\nrebuilt the read models of " + table);
        assertThat(items(pk -> !pk.startsWith("rm:"))).containsExactlyInAnyOrderElementsOf(otherItems);
        assertThat(otherItems).filteredOn(item -> item.containsKey("events")).hasSize(commits);
        assertThat(items(pk -> pk.startsWith("rm:dora:day:"))).isEmpty();
        assertThat(metrics()).isEqualTo(metricsBefore);
        assertThat(health()).isEqualTo(healthBefore);
    }

    private static void deploy(RecordDeployment deployments, String id, String service, Instant finishedAt,
            DeploymentOutcome outcome) {
        deployments.handle("record-" + id, new DeploymentCommand.RecordDeployment(new DeploymentId(id), service,
                "production", "1.0." + id.substring(2), List.of(new Change("abc1234" + id.substring(2),
                        finishedAt.minus(Duration.ofHours(20)))), finishedAt.minus(Duration.ofMinutes(10)), outcome,
                finishedAt));
    }

    private List<DoraReport> metrics() {
        ComputeDoraMetrics metrics = new ComputeDoraMetrics(new DynamoDbDoraReadModel(client, table));
        return SCOPES.stream().map(metrics::report).toList();
    }

    private HealthSummary health() {
        return new DynamoDbHealthSummary(client, table).read();
    }

    private String lastPosition() {
        LogPosition last = store.readFeed(LogPosition.START, 100).next();
        return last.stream() + " version " + last.version() + " committed at " + last.committedAt();
    }

    private List<Map<String, AttributeValue>> items(Predicate<String> pk) {
        return client.scanPaginator(scan -> scan.tableName(table).consistentRead(true)).items().stream()
                .filter(item -> pk.test(item.get("pk").s()))
                .toList();
    }

    private void deleteItems(Predicate<String> pk) {
        items(pk).forEach(item -> client.deleteItem(delete -> delete.tableName(table)
                .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))));
    }

    private void putItem(String pk) {
        client.putItem(put -> put.tableName(table).item(Map.of("pk", AttributeValue.fromS(pk),
                "sk", AttributeValue.fromN("0"), "entries", AttributeValue.fromS("an outdated layout"))));
    }
}
