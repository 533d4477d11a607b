package dev.opsledger.aws.readmodel;

import dev.opsledger.aws.dynalite.Dynalite;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Fresh event tables on the shared dynalite, and what their read-model items hold. */
final class ReadModelTables {

    private ReadModelTables() {
    }

    static String fresh() {
        return Dynalite.shared().createEventTable();
    }

    /** Every read-model item of the table, as stored: what a test compares to prove that nothing was written. */
    static List<Map<String, AttributeValue>> items(String table) {
        return Dynalite.shared().client().scanPaginator(request -> request.tableName(table).consistentRead(true)).items().stream()
                .filter(item -> item.get("pk").s().startsWith("rm:"))
                .toList();
    }
}
