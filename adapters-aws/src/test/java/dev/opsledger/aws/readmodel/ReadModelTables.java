package dev.opsledger.aws.readmodel;

import dev.opsledger.aws.dynalite.Dynalite;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Fresh event tables on the shared dynalite, and what their read-model items hold. */
final class ReadModelTables {

    private ReadModelTables() {
    }

    /**
     * A new event table, once it is active: dynalite creates tables asynchronously even with
     * {@code createTableMs 0}, and answers a write that comes first with "resource not found".
     */
    static String fresh() {
        String table = Dynalite.shared().createEventTable();
        while (Dynalite.shared().client().describeTable(request -> request.tableName(table)).table().tableStatus()
                != TableStatus.ACTIVE) {
            Thread.onSpinWait();
        }
        return table;
    }

    /** Every read-model item of the table, as stored: what a test compares to prove that nothing was written. */
    static List<Map<String, AttributeValue>> items(String table) {
        return Dynalite.shared().client().scanPaginator(request -> request.tableName(table).consistentRead(true)).items().stream()
                .filter(item -> item.get("pk").s().startsWith("rm:"))
                .toList();
    }
}
