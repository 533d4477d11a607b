package dev.opsledger.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.replication.DivergenceCheck;
import dev.opsledger.application.replication.ReplicateRegion;
import dev.opsledger.application.replication.ReplicationPass;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.aws.dynamodb.DynamoDbStreamChangeFeed;
import dev.opsledger.aws.wiring.AwsRegionAdapters;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.lambda.stream.BatchItemFailures;
import dev.opsledger.lambda.stream.StreamEvents;
import dev.opsledger.lambda.stream.StreamRecord;
import dev.opsledger.lambda.wiring.Container;
import dev.opsledger.lambda.wiring.HandlerJson;
import dev.opsledger.lambda.wiring.ScheduledEvents;
import dev.opsledger.lambda.wiring.SnapStartPriming;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Replicates the primary's table into the secondary's ({@code ReplicateRegion}). Fed by the primary
 * table's change stream, it applies those commits now and answers with the records that failed, so only
 * they come back; started by a schedule, it runs the reconciler pass and then compares the digests of the
 * streams that pass read, up to the versions it read.
 */
public final class ReplicationHandler implements RequestStreamHandler {

    private static final String EXPECTED = "a DynamoDB stream event or an EventBridge scheduled event";

    private final ReplicateRegion replication;
    private final DynamoDbStreamChangeFeed changeFeed;
    private final EventStore source;
    private final EventStore target;
    private final SnapStartPriming priming;

    public ReplicationHandler() {
        this(Container.local().settings().regions());
    }

    private ReplicationHandler(RegionPair regions) {
        this(Container.of(regions.primary()), Container.of(regions.secondary()),
                new ReplicationRoute(regions.primary(), regions.secondary()));
    }

    private ReplicationHandler(AwsRegionAdapters primary, AwsRegionAdapters secondary, ReplicationRoute route) {
        this(new ReplicateRegion(route, primary.eventStore(), secondary.eventStore(), ReplicationSettings.defaults(),
                Container.background().notifier(), Clock.systemUTC()), Container.local().changeFeed(), primary.eventStore(),
                secondary.eventStore());
    }

    public ReplicationHandler(ReplicateRegion replication, DynamoDbStreamChangeFeed changeFeed, EventStore source,
            EventStore target) {
        this.replication = Objects.requireNonNull(replication, "replication");
        this.changeFeed = Objects.requireNonNull(changeFeed, "changeFeed");
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.priming = SnapStartPriming.register("ReplicationHandler", this::dryRequest);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        JsonNode event = HandlerJson.readEvent(input, EXPECTED);
        if (StreamEvents.isStreamEvent(event)) {
            HandlerJson.write(output, BatchItemFailures.process(StreamEvents.records(event), this::apply,
                    context.getLogger()::log));
        } else if (ScheduledEvents.isScheduledEvent(event)) {
            HandlerJson.write(output, reconcile());
        } else {
            throw new IllegalArgumentException("the event is neither " + EXPECTED.substring(2) + ": it has no Records"
                    + " and is not from aws.events");
        }
    }

    private void apply(StreamRecord record) {
        record.newImage().flatMap(changeFeed::commitOf).ifPresent(replication::applyCommit);
    }

    private ObjectNode reconcile() {
        ReplicationPass pass = replication.replicateOnce();
        SortedSet<StreamId> divergent = new TreeSet<>(pass.divergent());
        if (pass.succeeded()) {
            divergent.addAll(DivergenceCheck.compareUpTo(source, target, pass.reached()));
        }
        ObjectNode answer = HandlerJson.MAPPER.createObjectNode()
                .put("applied", pass.applied())
                .put("alreadyPresent", pass.alreadyPresent())
                .put("streamsChecked", pass.reached().size())
                .put("lagSeconds", pass.lag().toMillis() / 1000.0);
        divergent.forEach(stream -> answer.withArray("divergent").add(stream.value()));
        pass.failure().ifPresent(failure -> answer.put("failure", failure));
        return answer;
    }

    /** Reads a commit out of a sample stream record, through the codec; applies nothing. */
    private void dryRequest() {
        StreamEvents.records(HandlerJson.readEvent(PrimingEvents.streamEvent(), EXPECTED)).forEach(record ->
                record.newImage().flatMap(changeFeed::commitOf).orElseThrow());
        HandlerJson.write(OutputStream.nullOutputStream(),
                BatchItemFailures.process(List.of(), record -> { }, message -> { }));
    }
}
