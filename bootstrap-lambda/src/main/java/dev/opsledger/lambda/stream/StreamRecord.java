package dev.opsledger.lambda.stream;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One record of a DynamoDB stream event: its sequence number (what a partial batch failure names) and the
 * item it wrote, absent for a REMOVE.
 */
public record StreamRecord(String sequenceNumber, Optional<Map<String, AttributeValue>> newImage) {

    public StreamRecord {
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        Objects.requireNonNull(newImage, "newImage");
    }
}
