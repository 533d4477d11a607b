package dev.opsledger.aws.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.inmemory.contract.DoraLog;
import dev.opsledger.application.port.Commit;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.domain.dora.ReportScope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
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
        DoraStreams claimOnly = new DoraStreams(new ReadModelTable(DYNALITE.client(), table));
        DynamoDbDoraReadModel model = new DynamoDbDoraReadModel(DYNALITE.client(), table);

        for (int index = 0; index < LOG.size(); index++) {
            if (index % 3 == 0) {
                claimOnly.claim(LOG.get(index));
            }
            model.apply(LOG.get(index));
        }

        assertThat(DoraScopes.reports(model)).isEqualTo(DoraScopes.truth(LOG));
    }

    @Test
    void a_window_reads_each_of_its_days_once_in_one_request_on_one_service_or_the_whole_environment() {
        DynamoDbDoraReadModel model = new DynamoDbDoraReadModel(DYNALITE.client(), ReadModelTables.fresh());
        LOG.forEach(model::apply);
        ReportScope fortnight = ReportScope.ofService("search", "staging",
                DoraLog.START.plus(Duration.ofHours(30)), DoraLog.START.plus(Duration.ofDays(15)));
        long itemsBefore = model.itemsRead();
        long requestsBefore = model.readRequests();

        model.facts(fortnight);
        model.facts(ReportScope.ofEnvironment(fortnight.environment(), fortnight.from(), fortnight.to()));

        assertThat(model.itemsRead() - itemsBefore).isEqualTo(2 * fortnight.calendarDays());
        assertThat(model.readRequests() - requestsBefore).isEqualTo(2);
    }

    @Test
    void days_split_into_numbered_parts_answer_as_whole_days_and_every_part_is_read() {
        List<Commit> log = DoraLog.random(17, 250, 10);
        String table = ReadModelTables.fresh();
        DynamoDbDoraReadModel model = new DynamoDbDoraReadModel(DYNALITE.client(), table, 1_000);
        log.forEach(model::apply);
        ReportScope month = DoraScopes.all().getFirst();

        assertThat(DoraScopes.reports(model)).isEqualTo(DoraScopes.truth(log));
        assertThat(ReadModelTables.items(table))
                .filteredOn(item -> item.get("pk").s().startsWith("rm:dora:day:") && !item.get("sk").n().equals("0"))
                .isNotEmpty();
        long before = model.itemsRead();
        model.facts(month);
        assertThat(model.itemsRead() - before).isGreaterThan(month.calendarDays());
    }
}
