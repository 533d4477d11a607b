package dev.opsledger.aws.readmodel;

import dev.opsledger.aws.dynalite.Dynalite;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every read-model item of a table, as stored: what a test compares to prove that nothing was written. */
final class ReadModelItems {

    private ReadModelItems() {
    }

    static List<Map<String, AttributeValue>> of(String table) {
        return Dynalite.shared().client().scanPaginator(request -> request.tableName(table).consistentRead(true)).items().stream()
                .filter(item -> item.get("pk").s().startsWith("rm:"))
                .toList();
    }
}
