package dev.opsledger.application.publishing;

import dev.opsledger.application.feed.FeedSubscription;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.MetricsRecorder;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.publishing.PublishingStream;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Publishes a region's domain events from its own log: reads the checkpoint recorded in
 * {@code publishing:<region>}, follows the feed from there, hands the new events to the bus in batches of
 * at most {@value #MAX_BATCH} (EventBridge's limit per call) and only then records the new checkpoint.
 * Delivery is at least once, never less: when the bus or the store fails, the checkpoint stays where it
 * was and the next pass publishes everything after it again, repeats carrying their original event ids.
 *
 * <p>What is published is {@link PublicationRule}: deployment, incident, failover and quarantine events,
 * health status changes, replication divergence and failure; never bookkeeping such as recorded checks,
 * replication progress or this publisher's own checkpoints.
 *
 * <p>Metrics per pass: {@code EventsPublished} and {@code PublishLag}, the age of the oldest commit known
 * to hold an unpublished event (zero once a pass got through). One instance per region, living as long as
 * its container: its subscription remembers what it already handed out.
 */
public final class PublishFromFeed {

    public static final int MAX_BATCH = 10;

    private final Region region;
    private final EventPublisher publisher;
    private final Supplier<FeedSubscription> subscriptions;
    private final MetricsRecorder metrics;
    private final InstantSource clock;
    private final PublishCheckpoint checkpoint;
    private FeedSubscription feed;
    private Optional<Instant> oldestUnpublished = Optional.empty();

    /**
     * {@code subscriptions} makes a fresh subscription over {@code store}'s feed; one is taken after every
     * failure, because a subscription remembers commits it handed out, even those of a failed pass.
     */
    public PublishFromFeed(Region region, EventStore store, EventPublisher publisher,
            Supplier<FeedSubscription> subscriptions, MetricsRecorder metrics, InstantSource clock) {
        this.region = Objects.requireNonNull(region, "region");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.checkpoint = new PublishCheckpoint(Objects.requireNonNull(store, "store"), region, clock);
        this.feed = Objects.requireNonNull(subscriptions.get(), "subscription");
    }

    public PublishPass publishOnce() {
        int published = 0;
        PendingEvents pending = PendingEvents.NONE;
        try {
            LogPosition recorded = checkpoint.current();
            List<Commit> commits = feed.poll(recorded);
            pending = PendingEvents.publishableIn(commits);
            for (List<RecordedEvent> batch : pending.batches(MAX_BATCH)) {
                publisher.publish(batch);
                published += batch.size();
            }
            if (worthRecording(recorded, commits)) {
                checkpoint.advance(feed.nextCheckpoint(), published, clock.instant());
            }
            checkpoint.keepUp(clock.instant());
            oldestUnpublished = Optional.empty();
            return reported(new PublishPass(published, checkpoint.lastKnown(), true));
        } catch (ServiceUnavailable | ConcurrencyConflict failure) {
            oldestUnpublished = Stream.concat(oldestUnpublished.stream(), pending.oldestFrom(published).stream())
                    .min(Comparator.naturalOrder());
            feed = subscriptions.get();
            checkpoint.forget();
            return reported(new PublishPass(published, checkpoint.lastKnown(), false));
        }
    }

    /**
     * Recording a checkpoint adds a commit to the feed, which moves the next checkpoint: if that alone were
     * reason to record again, an idle region would write a checkpoint on every pass, forever. A pass that
     * saw only checkpoints records once more to step past them (so the look-back window stops re-reading
     * the last published commits), then rests while the recorded checkpoint is itself one of ours.
     */
    private static boolean worthRecording(LogPosition recorded, List<Commit> commits) {
        return !isPublishingBookkeeping(recorded.stream())
                || commits.stream().anyMatch(commit -> !isPublishingBookkeeping(commit.stream()));
    }

    private static boolean isPublishingBookkeeping(StreamId stream) {
        return stream.category().equals(PublishingStream.STREAM_CATEGORY);
    }

    private PublishPass reported(PublishPass pass) {
        Instant now = clock.instant();
        Duration lag = oldestUnpublished.map(oldest -> Duration.between(oldest, now)).orElse(Duration.ZERO);
        Map<String, String> dimensions = Map.of("region", region.name());
        metrics.record(new Metric("EventsPublished", pass.published(), Metric.Unit.COUNT, dimensions, now));
        double lagSeconds = Math.max(0, lag.toMillis()) / 1000.0;
        metrics.record(new Metric("PublishLag", lagSeconds, Metric.Unit.SECONDS, dimensions, now));
        return pass;
    }
}
