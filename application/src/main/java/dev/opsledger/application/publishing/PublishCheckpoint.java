package dev.opsledger.application.publishing;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.stream.FollowedStream;
import dev.opsledger.application.stream.Rotation;
import dev.opsledger.domain.publishing.Publishing;
import dev.opsledger.domain.publishing.PublishingCommand;
import dev.opsledger.domain.publishing.PublishingCommand.AdvancePublishCheckpoint;
import dev.opsledger.domain.publishing.PublishingDecider;
import dev.opsledger.domain.publishing.PublishingEvent;
import dev.opsledger.domain.publishing.PublishingStream;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.time.InstantSource;

/**
 * The region's publishing streams ({@code publishing:<region>:<hour>}), read once and then followed in memory
 * ({@link FollowedStream}). They are read again after any failure, because an append that failed may or may
 * not have landed.
 */
final class PublishCheckpoint {

    /**
     * A running publisher opens every hour's stream, idle or not ({@link #keepUp}), so the hour's stream or the
     * one before holds the checkpoint. One stopped for longer than a week publishes again from the start of
     * the log: delivery is at least once, and repeats carry their original event ids.
     */
    static final Rotation<Publishing, PublishingEvent> ROTATION = new Rotation<>(7 * 24, PublishingDecider::carriedForward);

    private final Region region;
    private final InstantSource clock;
    private final FollowedStream<PublishingCommand, Publishing, PublishingEvent> stream;

    PublishCheckpoint(EventStore store, Region region, InstantSource clock) {
        this.region = region;
        this.clock = clock;
        this.stream = new FollowedStream<>(store, PublishingDecider.decider(), PublishingEvent.class,
                PublishingStream.series(region), ROTATION);
    }

    LogPosition current() {
        return stream.state(clock.instant()).checkpoint();
    }

    /** The checkpoint as last read or written, without reading the store (which may be unreachable). */
    LogPosition lastKnown() {
        return stream.lastKnown().checkpoint();
    }

    void advance(LogPosition checkpoint, int published, Instant at) {
        // Derived from the checkpoint alone, so whoever records the same checkpoint again is recognised as a retry.
        String commandId = PublishingStream.series(region) + "@" + checkpoint.committedAt() + "/" + checkpoint.stream()
                + "/" + checkpoint.version();
        stream.record(new AdvancePublishCheckpoint(region, checkpoint, published, at), at,
                (hour, version, index) -> EventId.derived(commandId, index));
    }

    /** Carries the checkpoint into the stream of {@code at}'s hour when a quiet region has not opened it yet. */
    void keepUp(Instant at) {
        stream.carryInto(at);
    }

    void forget() {
        stream.forget();
    }
}
