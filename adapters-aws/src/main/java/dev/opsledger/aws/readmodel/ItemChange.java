package dev.opsledger.aws.readmodel;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What a read-modify-write decided for one item, given its attributes as read. */
sealed interface ItemChange {

    ItemChange KEEP = new Keep();
    ItemChange DELETE = new Delete();

    static ItemChange put(Map<String, AttributeValue> attributes) {
        return new Put(attributes);
    }

    record Keep() implements ItemChange {
    }

    record Delete() implements ItemChange {
    }

    /** The item's attributes other than its key and {@code rev}, which the table adds. */
    record Put(Map<String, AttributeValue> attributes) implements ItemChange {

        public Put {
            attributes = Map.copyOf(attributes);
        }
    }
}
