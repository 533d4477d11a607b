package dev.opsledger.aws.json;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

/** Records that only wrap a string (ids, stream ids, regions) are written as that bare string. */
final class StringRecords {

    private StringRecords() {
    }

    static Optional<RecordComponent> soleStringComponent(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        RecordComponent[] components = type.getRecordComponents();
        return components.length == 1 && components[0].getType() == String.class
                ? Optional.of(components[0])
                : Optional.empty();
    }
}
