package dev.opsledger.lambda.stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.lambda.wiring.HandlerJson;
import java.util.List;
import java.util.function.Consumer;

/**
 * Works through a stream batch in order and answers Lambda's partial batch response
 * ({@code {"batchItemFailures":[{"itemIdentifier":"<sequence number>"}]}}). The first record that fails
 * stops the batch: it and every record after it are reported, so Lambda delivers them again from there
 * while the records before it, done, do not come back; a stream's later commits are never applied
 * before an earlier one that failed.
 */
public final class BatchItemFailures {

    private BatchItemFailures() {
    }

    /** Applies {@code each} to the records in order; a thrown exception marks the failing record and is logged. */
    public static ObjectNode process(List<StreamRecord> records, Consumer<StreamRecord> each, Consumer<String> log) {
        ObjectNode answer = HandlerJson.MAPPER.createObjectNode();
        ArrayNode failures = answer.putArray("batchItemFailures");
        int index = 0;
        try {
            for (; index < records.size(); index++) {
                each.accept(records.get(index));
            }
        } catch (RuntimeException failed) {
            log.accept("stream record " + records.get(index).sequenceNumber() + " failed, it and the "
                    + (records.size() - index - 1) + " after it come back: " + failed);
            for (StreamRecord unprocessed : records.subList(index, records.size())) {
                failures.addObject().put("itemIdentifier", unprocessed.sequenceNumber());
            }
        }
        return answer;
    }
}
