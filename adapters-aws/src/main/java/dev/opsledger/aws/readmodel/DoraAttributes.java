package dev.opsledger.aws.readmodel;

import dev.opsledger.application.dora.DoraEntry;
import dev.opsledger.application.dora.DoraStream;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.shared.StreamId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DORA items' attributes: an entry is {@code {v: version, f: fact JSON}} ({@link FactJson}); a shelf
 * item holds {@code entries} (M, stream id → entry); a stream item {@code version}, {@code fact},
 * {@code causes} (SS) and {@code blamers} (M, like {@code entries}).
 */
final class DoraAttributes {

    private static final String ENTRIES = "entries";
    private static final String VERSION = "version";
    private static final String FACT = "fact";
    private static final String CAUSES = "causes";
    private static final String BLAMERS = "blamers";
    private static final String ENTRY_VERSION = "v";
    private static final String ENTRY_FACT = "f";

    private DoraAttributes() {
    }

    static Map<StreamId, DoraEntry> entries(Map<String, AttributeValue> item) {
        return entryMap(item.get(ENTRIES));
    }

    static Map<String, AttributeValue> withEntries(Map<String, AttributeValue> item, Map<StreamId, DoraEntry> entries) {
        Map<String, AttributeValue> next = new HashMap<>(item);
        next.put(ENTRIES, entryMapAttribute(entries));
        return next;
    }

    static DoraStream stream(StreamId stream, Map<String, AttributeValue> item) {
        long version = Optional.ofNullable(item.get(VERSION)).map(value -> Long.parseLong(value.n())).orElse(0L);
        return new DoraStream(stream, version,
                Optional.ofNullable(item.get(FACT)).map(fact -> FactJson.events(fact.s())).orElse(List.of()),
                item.containsKey(CAUSES) ? item.get(CAUSES).ss().stream().map(DeploymentId::new).collect(Collectors.toSet()) : Set.of(),
                entryMap(item.get(BLAMERS)));
    }

    static Map<String, AttributeValue> attributes(DoraStream stream) {
        Map<String, AttributeValue> item = new HashMap<>();
        stream.entry().ifPresent(entry -> {
            item.put(VERSION, AttributeValue.fromN(Long.toString(entry.version())));
            item.put(FACT, AttributeValue.fromS(factOf(entry)));
        });
        if (!stream.causes().isEmpty()) {
            item.put(CAUSES, AttributeValue.fromSs(stream.causes().stream().map(DeploymentId::value).sorted().toList()));
        }
        if (!stream.blamers().isEmpty()) {
            item.put(BLAMERS, entryMapAttribute(stream.blamers()));
        }
        return item;
    }

    private static Map<StreamId, DoraEntry> entryMap(AttributeValue attribute) {
        if (attribute == null) {
            return Map.of();
        }
        return attribute.m().entrySet().stream().collect(Collectors.toMap(held -> new StreamId(held.getKey()), held -> {
            Map<String, AttributeValue> fields = held.getValue().m();
            return new DoraEntry(new StreamId(held.getKey()), Long.parseLong(fields.get(ENTRY_VERSION).n()),
                    FactJson.events(fields.get(ENTRY_FACT).s()));
        }));
    }

    private static AttributeValue entryMapAttribute(Map<StreamId, DoraEntry> entries) {
        return AttributeValue.fromM(entries.values().stream().collect(Collectors.toMap(entry -> entry.stream().value(),
                entry -> AttributeValue.fromM(Map.of(
                        ENTRY_VERSION, AttributeValue.fromN(Long.toString(entry.version())),
                        ENTRY_FACT, AttributeValue.fromS(factOf(entry)))))));
    }

    /** The fact the entry's events fold into, as JSON; a stream must begin with its start or opening to have one. */
    private static String factOf(DoraEntry entry) {
        return entry.deployment().map(FactJson::of)
                .or(() -> entry.incident().map(FactJson::of))
                .orElseThrow(() -> new IllegalArgumentException(
                        "stream " + entry.stream() + " must begin with its deployment's start or its incident's opening"));
    }
}
