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
 * a key sent for another deployment or incident be recognised as reused. The claim's event id is the
 * stream it claims for, so two requests racing to spend one key on different streams meet as a
 * {@link ConcurrencyConflict} (the loser reads again and is refused), while the same request racing with
 * itself is one idempotent append. A crash between claim and append leaves a claim for the same stream,
 * which the retry finds and passes.
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
        RequestKey key = new RequestKey(commandId);
        List<RecordedEvent> history = store.readStream(key.stream());
        RequestKeyClaim state = DECIDER.fold(history.stream().map(recorded -> (RequestKeyClaimed) recorded.event()).toList());
        List<RequestKeyClaimed> claimed;
        try {
            claimed = DECIDER.decide(new ClaimRequestKey(key, stream), state);
        } catch (CommandRejected spentElsewhere) {
            throw new IdempotencyKeyReused(commandId, ((RequestKeyClaim.Claimed) state).stream(), stream);
        }
        if (!claimed.isEmpty()) {
            long version = history.isEmpty() ? 0 : history.getLast().version();
            store.append(key.stream(), version, List.of(new NewEvent(new EventId(stream.value()), claimed.getFirst())));
        }
    }
}
