package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

class DynamoDbRunTablesTest {

    private final Dynalite dynalite = Dynalite.shared();
    private final String runLabel = "test" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void every_run_gets_new_tables_even_with_the_same_label() {
        DynamoDbRunTables first = new DynamoDbRunTables(dynalite.client(), dynalite.endpoint(), runLabel);
        DynamoDbRunTables second = new DynamoDbRunTables(dynalite.client(), dynalite.endpoint(), runLabel);

        first.open(Region.US_EAST_1, Clock.systemUTC());
        first.open(Region.US_WEST_2, Clock.systemUTC());
        EventStore again = second.open(Region.US_EAST_1, Clock.systemUTC());

        assertThat(first.opened()).containsExactly("opsledger-us-east-1-" + runLabel + "-1",
                "opsledger-us-west-2-" + runLabel + "-1");
        assertThat(second.opened()).containsExactly("opsledger-us-east-1-" + runLabel + "-2");
        assertThat(again.readFeed(LogPosition.START, 10).commits()).isEmpty();
    }

    @Test
    void lays_its_tables_out_as_the_event_table_schema_says() {
        DynamoDbRunTables tables = new DynamoDbRunTables(dynalite.client(), dynalite.endpoint(), runLabel);
        tables.open(Region.US_EAST_1, Clock.systemUTC());

        TableDescription table = dynalite.client()
                .describeTable(describe -> describe.tableName(tables.opened().getFirst())).table();

        assertThat(table.keySchema()).isEqualTo(EventTableSchema.createTableRequest("any").keySchema());
        assertThat(table.globalSecondaryIndexes()).extracting(index -> index.indexName())
                .containsExactly(EventTableSchema.FEED_INDEX);
    }
}
