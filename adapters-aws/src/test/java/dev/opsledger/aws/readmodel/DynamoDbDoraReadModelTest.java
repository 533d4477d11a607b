package dev.opsledger.aws.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.inmemory.contract.DoraLog;
import dev.opsledger.application.port.Commit;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.dora.ReportScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbDoraReadModelTest {

    private static final List<Commit> LOG = DoraLog.random(5, 500, 20);
    private static final Dynalite DYNALITE = Dynalite.shared();

    @Test
    void replaying_the_feed_twice_writes_no_item_and_changes_no_report() {
        String table = ReadModelTables.fresh();
        DynamoDbDoraReadModel model = new DynamoDbDoraReadModel(DYNALITE.client(), table);
        LOG.forEach(model::apply);
        List<Map<String, AttributeValue>> items = ReadModelTables.items(table);

        LOG.forEach(model::apply);
        DoraLog.interleaved(LOG, 3).forEach(model::apply);

        assertThat(ReadModelTables.items(table)).as("items, revisions included").containsExactlyInAnyOrderElementsOf(items);
        assertThat(DoraScopes.reports(model)).isEqualTo(DoraScopes.truth(LOG));
    }

    @Test
    void four_projectors_applying_overlapping_commits_at_once_give_the_reports_of_one() throws Exception {
        String table = ReadModelTables.fresh();
        Concurrently.run(LongStream.rangeClosed(1, 4)
                .<Runnable>mapToObj(seed -> () -> DoraLog.interleaved(LOG, seed).forEach(new DynamoDbDoraReadModel(DYNALITE.client(), table)::apply))
                .toList());
        DynamoDbDoraReadModel alone = new DynamoDbDoraReadModel(DYNALITE.client(), ReadModelTables.fresh());
        LOG.forEach(alone::apply);

        List<?> reports = DoraScopes.reports(new DynamoDbDoraReadModel(DYNALITE.client(), table));
        assertThat(reports).isEqualTo(DoraScopes.reports(alone)).isEqualTo(DoraScopes.truth(LOG));
    }

    @Test
    void a_commit_whose_projector_died_after_claiming_it_is_projected_when_the_feed_delivers_it_again() {
        String table = ReadModelTables.fresh();
        DynamoDbDoraItems claimOnly = new DynamoDbDoraItems(new ReadModelTable(DYNALITE.client(), table));
        DynamoDbDoraReadModel model = new DynamoDbDoraReadModel(DYNALITE.client(), table);

        for (int index = 0; index < LOG.size(); index++) {
            Commit commit = LOG.get(index);
            if (index % 3 == 0) {
                claimOnly.updateStream(commit.stream(), commit.firstVersion() == 1, held -> held.claim(commit));
            }
            model.apply(commit);
        }

        assertThat(DoraScopes.reports(model)).isEqualTo(DoraScopes.truth(LOG));
    }

    @Test
    void a_deployment_recorded_in_one_commit_costs_two_write_units_however_many_events_are_stored() {
        WriteUnits counted = new WriteUnits();
        DynamoDbClient client = Dynalite.clientFor(DYNALITE.endpoint(), configuration -> configuration.addExecutionInterceptor(counted));
        DynamoDbDoraReadModel model = new DynamoDbDoraReadModel(client, ReadModelTables.fresh());
        LOG.forEach(model::apply);
        Instant finished = DoraLog.START.plus(Duration.ofDays(3));
        double before = counted.units();

        model.apply(deployment("late", "checkout", finished));

        assertThat(counted.units() - before).isEqualTo(2.0);
    }

    @Test
    void a_report_on_one_service_sends_five_queries_and_on_the_environment_five_per_service() {
        WriteUnits counted = new WriteUnits();
        DynamoDbClient client = Dynalite.clientFor(DYNALITE.endpoint(), configuration -> configuration.addExecutionInterceptor(counted));
        DynamoDbDoraReadModel model = new DynamoDbDoraReadModel(client, ReadModelTables.fresh());
        LOG.forEach(model::apply);
        ReportScope fortnight = ReportScope.ofService("search", "staging",
                DoraLog.START.plus(Duration.ofHours(30)), DoraLog.START.plus(Duration.ofDays(15)));
        long readsBefore = model.itemsRead();
        long queriesBefore = counted.queries();

        model.facts(fortnight);

        assertThat(model.itemsRead() - readsBefore).isEqualTo(5);
        assertThat(counted.queries() - queriesBefore).isEqualTo(5);
        model.facts(ReportScope.ofEnvironment(fortnight.environment(), fortnight.from(), fortnight.to()));
        assertThat(model.itemsRead() - readsBefore).isEqualTo(5 + 5 * DoraLog.SERVICES.size());
    }

    private static Commit deployment(String id, String service, Instant finishedAt) {
        DeploymentId deployment = new DeploymentId(id);
        Instant startedAt = finishedAt.minus(Duration.ofMinutes(20));
        return DoraLog.commit(deployment.stream(), 1, finishedAt,
                new DeploymentStarted(deployment, service, "production", "v1",
                        List.of(new Change("0123456789abcdef0123456789abcdef01234567", startedAt.minus(Duration.ofHours(2)))), startedAt),
                new DeploymentFinished(deployment, DeploymentOutcome.SUCCEEDED, finishedAt));
    }
}
