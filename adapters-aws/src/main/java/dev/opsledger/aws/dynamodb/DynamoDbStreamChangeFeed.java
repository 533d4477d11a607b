package dev.opsledger.aws.dynamodb;

import dev.opsledger.application.port.Commit;
import dev.opsledger.aws.json.EventCodec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * The table's change stream (NEW_IMAGE) read back as the commits it carries, for stream-driven
 * replication. Items of other kinds (alert state, read models, the feed hours, the markers failback's
 * discard leaves in place of a commit) have no events and are skipped, and so are REMOVE records.
 */
public final class DynamoDbStreamChangeFeed {

    private final CommitItems items;

    public DynamoDbStreamChangeFeed() {
        this(new EventCodec());
    }

    public DynamoDbStreamChangeFeed(EventCodec codec) {
        this.items = new CommitItems(Objects.requireNonNull(codec, "codec"));
    }

    /** The commit a new image holds, or empty when the item is not a commit. */
    public Optional<Commit> commitOf(Map<String, AttributeValue> newImage) {
        Objects.requireNonNull(newImage, "newImage");
        return CommitItems.isCommit(newImage) ? Optional.of(items.toCommit(newImage)) : Optional.empty();
    }

    /** The commits that the records' inserts (and modifications) wrote, in record order. */
    public List<Commit> commitsOf(List<Record> records) {
        return records.stream()
                .filter(record -> record.eventName() != OperationType.REMOVE && record.dynamodb() != null
                        && record.dynamodb().hasNewImage())
                .flatMap(record -> commitOf(record.dynamodb().newImage()).stream())
                .toList();
    }
}
