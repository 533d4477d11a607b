package dev.opsledger.lambda.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a DynamoDB stream event ({@code DynamodbEvent} as Lambda delivers it) into its records, in order. */
public final class StreamEvents {

    private StreamEvents() {
    }

    /** Whether the event is a stream event at all (it has {@code Records}), rather than a schedule. */
    public static boolean isStreamEvent(JsonNode event) {
        return event.has("Records");
    }

    public static List<StreamRecord> records(JsonNode event) {
        JsonNode records = event.get("Records");
        if (records == null || !records.isArray()) {
            throw new IllegalArgumentException("Records must be an array of DynamoDB stream records");
        }
        List<StreamRecord> read = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            read.add(record(records.get(index), "Records[" + index + "]"));
        }
        return read;
    }

    private static StreamRecord record(JsonNode record, String field) {
        JsonNode change = record.get("dynamodb");
        if (change == null || !change.isObject()) {
            throw new IllegalArgumentException(field + ".dynamodb must be an object");
        }
        JsonNode sequenceNumber = change.get("SequenceNumber");
        if (sequenceNumber == null || !sequenceNumber.isTextual() || sequenceNumber.textValue().isBlank()) {
            throw new IllegalArgumentException(field + ".dynamodb.SequenceNumber must be a non-blank string");
        }
        boolean removal = "REMOVE".equals(record.path("eventName").asText());
        JsonNode image = change.get("NewImage");
        return new StreamRecord(sequenceNumber.textValue(), removal || image == null
                ? Optional.empty()
                : Optional.of(DynamoDbJson.item(image, field + ".dynamodb.NewImage")));
    }
}
