package dev.opsledger.aws.readmodel;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stream items: one per deployment or incident stream, the only place a stream's version moves.
 * Claiming a commit there comes before writing any derived item, so whoever projects later versions
 * also sees every place an earlier projection may have written to.
 */
final class DoraStreams {

    private final ReadModelTable table;

    DoraStreams(ReadModelTable table) {
        this.table = table;
    }

    /**
     * Folds the commit's events that the stream item does not hold yet into its fact and raises its
     * version; a commit already held changes nothing. Returns the stream as it stands afterwards.
     *
     * @throws IllegalArgumentException if the commit skips versions of its stream, or starts it without a start or opening
     */
    StreamState claim(Commit commit) {
        ItemKey key = ItemKey.of(DoraKeys.stream(commit.stream()), 0);
        Function<Map<String, AttributeValue>, ItemChange> foldFresh = item -> {
            StreamState known = StreamState.of(item);
            List<RecordedEvent> fresh = commit.events().stream().filter(event -> event.version() > known.version()).toList();
            if (fresh.isEmpty()) {
                return ItemChange.KEEP;
            }
            if (fresh.getFirst().version() != known.version() + 1) {
                throw new IllegalArgumentException("commit " + commit.position() + " skips versions: the model holds "
                        + commit.stream() + " up to version " + known.version());
            }
            String fact = fold(commit.stream(), known.fact(), fresh.stream().map(RecordedEvent::event));
            Set<DeploymentId> causes = new HashSet<>(known.causes());
            causeOf(fact).ifPresent(causes::add);
            return ItemChange.put(new StreamState(fresh.getLast().version(), Optional.of(fact), causes, known.projected()).toAttributes());
        };
        // A stream's first commit mostly meets no stream item: expecting none saves a read.
        return StreamState.of(commit.firstVersion() == 1
                ? table.update(key, Optional.empty(), foldFresh)
                : table.update(key, foldFresh));
    }

    /** Records that the derived items of {@code version} are complete, if the stream is still at it; returns the stream. */
    StreamState markProjected(StreamId stream, long version) {
        ItemKey key = ItemKey.of(DoraKeys.stream(stream), 0);
        AttributeValue projected = AttributeValue.fromN(Long.toString(version));
        return StreamState.of(table.updateIf(key, "SET projected = :version ADD rev :one", "version = :version",
                        Map.of(":version", projected, ":one", AttributeValue.fromN("1")))
                .or(() -> table.get(key))
                .orElse(Map.of()));
    }

    /**
     * Records that the incident's entry is kept in the day of {@code deployment}, which it may blame
     * implicitly, so that every later projection of the incident updates it there; returns the incident
     * as it stands, whose entry the caller writes there now. Either this runs after a projector claimed a
     * newer version, and returns it, or that projector sees the deployment among the causes.
     */
    StreamState keepIn(StreamId incident, DeploymentId deployment) {
        return StreamState.of(table.update(ItemKey.of(DoraKeys.stream(incident), 0), item -> {
            StreamState known = StreamState.of(item);
            if (known.fact().isEmpty() || known.causes().contains(deployment)) {
                return ItemChange.KEEP;
            }
            Set<DeploymentId> causes = new HashSet<>(known.causes());
            causes.add(deployment);
            Map<String, AttributeValue> next = new HashMap<>(item);
            next.putAll(new StreamState(known.version(), known.fact(), causes, known.projected()).toAttributes());
            return ItemChange.put(next);
        }));
    }

    private static String fold(StreamId stream, Optional<String> known, Stream<DomainEvent> fresh) {
        DoraFacts facts = DoraFacts.of(Stream.concat(known.map(FactJson::events).orElse(List.of()).stream(), fresh).toList());
        return facts.deployments().stream().findFirst().map(FactJson::of)
                .or(() -> facts.incidents().stream().findFirst().map(FactJson::of))
                .orElseThrow(() -> new IllegalArgumentException(
                        "stream " + stream + " must begin with its deployment's start or its incident's opening"));
    }

    private static Optional<DeploymentId> causeOf(String fact) {
        return DoraFacts.of(FactJson.events(fact)).incidents().stream().findFirst().flatMap(incident -> incident.explicitCause());
    }
}
