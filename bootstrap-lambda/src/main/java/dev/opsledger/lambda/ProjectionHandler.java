package dev.opsledger.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.dora.ProjectDoraFacts;
import dev.opsledger.application.feed.FeedSubscription;
import dev.opsledger.application.health.summary.ProjectHealthSummary;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.WriteLeases;
import dev.opsledger.application.publishing.PublishFromFeed;
import dev.opsledger.application.publishing.PublishPass;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.aws.dynamodb.DynamoDbStreamChangeFeed;
import dev.opsledger.aws.wiring.AwsRegionAdapters;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.lambda.stream.BatchItemFailures;
import dev.opsledger.lambda.stream.StreamEvents;
import dev.opsledger.lambda.stream.StreamRecord;
import dev.opsledger.lambda.wiring.Container;
import dev.opsledger.lambda.wiring.HandlerJson;
import dev.opsledger.lambda.wiring.SnapStartPriming;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Keeps this region's read models fresh from its own table's change stream: each commit goes to the DORA
 * read model ({@code ProjectDoraFacts}) and to the health summary ({@code ProjectHealthSummary}), and the
 * answer names the records that failed, so only they come back. Then, only while this region's write lease
 * names it, a publishing pass ({@code PublishFromFeed}) puts new domain events on the bus: the standby's log
 * holds replicated events, which the active region has published already. The lease, not Route 53, is asked:
 * a projection runs for every batch of the stream, far more often than Route 53's five calls a second allow.
 */
public final class ProjectionHandler implements RequestStreamHandler {

    private static final String EXPECTED = "a DynamoDB stream event";

    private final DynamoDbStreamChangeFeed changeFeed;
    private final ProjectDoraFacts dora;
    private final ProjectHealthSummary healthSummary;
    private final Region region;
    private final WriteLeases leases;
    private final PublishFromFeed publishing;
    private final SnapStartPriming priming;

    public ProjectionHandler() {
        this(Container.local(), Container.background().publisher());
    }

    private ProjectionHandler(AwsRegionAdapters adapters, EventPublisher publisher) {
        this(adapters.changeFeed(), new ProjectDoraFacts(adapters.doraReadModel()),
                new ProjectHealthSummary(adapters.healthSummary()),
                adapters.settings().region(), adapters.writeLeases(),
                new PublishFromFeed(adapters.settings().region(), adapters.eventStore(), publisher,
                        () -> new FeedSubscription(adapters.eventStore(), ReplicationSettings.DEFAULT_LOOK_BACK,
                                ReplicationSettings.DEFAULT_PAGE_SIZE),
                        adapters.metrics(), Clock.systemUTC()));
    }

    public ProjectionHandler(DynamoDbStreamChangeFeed changeFeed, ProjectDoraFacts dora,
            ProjectHealthSummary healthSummary, Region region, WriteLeases leases, PublishFromFeed publishing) {
        this.changeFeed = Objects.requireNonNull(changeFeed, "changeFeed");
        this.dora = Objects.requireNonNull(dora, "dora");
        this.healthSummary = Objects.requireNonNull(healthSummary, "healthSummary");
        this.region = Objects.requireNonNull(region, "region");
        this.leases = Objects.requireNonNull(leases, "leases");
        this.publishing = Objects.requireNonNull(publishing, "publishing");
        this.priming = SnapStartPriming.register("ProjectionHandler", this::dryRequest);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        List<StreamRecord> records = StreamEvents.records(HandlerJson.readEvent(input, EXPECTED));
        ObjectNode answer = BatchItemFailures.process(records, this::project, context.getLogger()::log);
        if (leases.current().filter(lease -> lease.names(region)).isPresent()) {
            PublishPass pass = publishing.publishOnce();
            answer.putObject("published").put("events", pass.published()).put("caughtUp", pass.caughtUp());
        }
        HandlerJson.write(output, answer);
    }

    private void project(StreamRecord record) {
        record.newImage().flatMap(changeFeed::commitOf).ifPresent(this::project);
    }

    private void project(Commit commit) {
        dora.project(List.of(commit));
        healthSummary.project(List.of(commit));
    }

    /** Reads a commit out of a sample stream record, through the codec; projects and publishes nothing. */
    private void dryRequest() {
        StreamEvents.records(HandlerJson.readEvent(PrimingEvents.streamEvent(), EXPECTED)).forEach(record ->
                record.newImage().flatMap(changeFeed::commitOf).orElseThrow());
        HandlerJson.write(OutputStream.nullOutputStream(),
                BatchItemFailures.process(List.of(), record -> { }, message -> { }));
    }
}
