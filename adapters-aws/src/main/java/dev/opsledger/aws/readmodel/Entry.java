package dev.opsledger.aws.readmodel;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a derived item holds of one stream: the stream's fact as JSON at {@code version}, or a tombstone
 * saying that from {@code version} on the stream is no longer there (written by earlier layouts of the
 * model, which took an incident back from a deployment it stopped blaming; now its current entry stays). Writers keep whichever entry
 * {@linkplain #supersedes supersedes} the other, so writes of one stream's entry commute: however late
 * a slow projector writes an older version, the newest one stays.
 */
record Entry(long version, Optional<String> fact) {

    private static final String VERSION = "v";
    private static final String FACT = "f";
    private static final int OVERHEAD_BYTES = 32;

    Entry {
        Objects.requireNonNull(fact, "fact");
    }

    static Entry of(long version, String fact) {
        return new Entry(version, Optional.of(fact));
    }

    /**
     * A later version wins; at the same version a fact wins over a tombstone, because a fact is only
     * written where that version belongs, while a tombstone may be written for a place that the
     * stream left through one link and reached through another.
     */
    boolean supersedes(Entry other) {
        return version > other.version || version == other.version && fact.isPresent() && other.fact.isEmpty();
    }

    static Entry newer(Entry one, Entry other) {
        return other.supersedes(one) ? other : one;
    }

    /** What the entry adds to its item, counted generously against DynamoDB's item size limit. */
    int bytes(String stream) {
        return OVERHEAD_BYTES + stream.getBytes(StandardCharsets.UTF_8).length
                + fact.map(json -> json.getBytes(StandardCharsets.UTF_8).length).orElse(0);
    }

    AttributeValue toAttribute() {
        AttributeValue version = AttributeValue.fromN(Long.toString(this.version));
        return AttributeValue.fromM(fact.map(json -> Map.of(VERSION, version, FACT, AttributeValue.fromS(json)))
                .orElse(Map.of(VERSION, version)));
    }

    static Entry from(AttributeValue attribute) {
        Map<String, AttributeValue> fields = attribute.m();
        return new Entry(Long.parseLong(fields.get(VERSION).n()), Optional.ofNullable(fields.get(FACT)).map(AttributeValue::s));
    }
}
