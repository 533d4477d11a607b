package dev.opsledger.application.recording;

import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.requestkey.ClaimRequestKey;
import dev.opsledger.domain.requestkey.RequestKey;
import dev.opsledger.domain.requestkey.RequestKeyClaim;
import dev.opsledger.domain.requestkey.RequestKeyClaimed;
import dev.opsledger.domain.requestkey.RequestKeyDecider;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;

/**
 * Spends each client key on one stream, durably, in the key's own stream ({@link RequestKey#stream}), before
 * the command's events are appended. A stream can only recognise its own retries; the claim is what lets
 * a key sent for another deployment or incident be recognised as reused.
 *
 * <p>The claim's event id is the stream it claims for. So the claim is first tried on an empty key stream
 * without reading it (most keys are new): the same claim again is an idempotent retry of the append, and
 * only a key already spent (or being spent by a racing request) meets a {@link ConcurrencyConflict}, after
 * which the key's stream is read and judged. A crash between claim and append leaves a claim for the same
 * stream, which the retry passes.
 */
final class RequestKeyClaims implements CommandHandler.Admission {

    private static final Decider<ClaimRequestKey, RequestKeyClaim, RequestKeyClaimed> DECIDER =
            RequestKeyDecider.decider();

    private final EventStore store;

    RequestKeyClaims(EventStore store) {
        this.store = store;
    }

    /** Throws {@link IdempotencyKeyReused} when the key was spent on another stream. */
    @Override
    public void admit(String commandId, StreamId stream) {
        ClaimRequestKey claim = new ClaimRequestKey(new RequestKey(commandId), stream);
        try {
            claim(claim, List.of());
        } catch (ConcurrencyConflict spentAlready) {
            claim(claim, store.readStream(claim.key().stream()));
        }
    }

    private void claim(ClaimRequestKey claim, List<RecordedEvent> history) {
        RequestKeyClaim state = DECIDER.fold(history.stream().map(recorded -> (RequestKeyClaimed) recorded.event()).toList());
        List<RequestKeyClaimed> claimed;
        try {
            claimed = DECIDER.decide(claim, state);
        } catch (CommandRejected spentElsewhere) {
            throw new IdempotencyKeyReused(claim.key().value(), ((RequestKeyClaim.Claimed) state).stream(), claim.stream());
        }
        if (!claimed.isEmpty()) {
            long version = history.isEmpty() ? 0 : history.getLast().version();
            store.append(claim.key().stream(), version,
                    List.of(new NewEvent(new EventId(claim.stream().value()), claimed.getFirst())));
        }
    }
}
