package dev.opsledger.aws.readmodel;

import dev.opsledger.domain.deployment.DeploymentId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A deployment or incident stream as its stream item holds it: the fact folded from its events up to
 * {@code version}, every deployment whose days it has ever been kept in, blamed explicitly or possibly
 * implicitly (so every projection brings its entry there up to date), and the version whose derived
 * items a projector has completed.
 */
record StreamState(long version, Optional<String> fact, Set<DeploymentId> causes, long projected) {

    static final StreamState NONE = new StreamState(0, Optional.empty(), Set.of(), 0);

    private static final String VERSION = "version";
    private static final String FACT = "fact";
    private static final String CAUSES = "causes";
    private static final String PROJECTED = "projected";

    StreamState {
        causes = Set.copyOf(causes);
    }

    boolean needsProjection() {
        return projected < version;
    }

    StreamState projectedAt(long version) {
        return new StreamState(this.version, fact, causes, Math.max(projected, version));
    }

    static StreamState of(Map<String, AttributeValue> item) {
        if (!item.containsKey(VERSION)) {
            return NONE;
        }
        return new StreamState(
                Long.parseLong(item.get(VERSION).n()),
                Optional.of(item.get(FACT).s()),
                item.containsKey(CAUSES) ? item.get(CAUSES).ss().stream().map(DeploymentId::new).collect(Collectors.toSet()) : Set.of(),
                Long.parseLong(item.get(PROJECTED).n()));
    }

    Map<String, AttributeValue> toAttributes() {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                VERSION, AttributeValue.fromN(Long.toString(version)),
                FACT, AttributeValue.fromS(fact.orElseThrow()),
                PROJECTED, AttributeValue.fromN(Long.toString(projected))));
        if (!causes.isEmpty()) {
            item.put(CAUSES, AttributeValue.fromSs(causes.stream().map(DeploymentId::value).sorted().toList()));
        }
        return item;
    }
}
