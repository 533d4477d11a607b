package dev.opsledger.domain.requestkey;

import dev.opsledger.domain.requestkey.RequestKeyClaim.Claimed;
import dev.opsledger.domain.requestkey.RequestKeyClaim.Unclaimed;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import java.util.List;

/**
 * A request key is spent once, on one stream, for good. Claiming it again for the same stream changes
 * nothing (the retry of a request, or a request whose events were never appended after its claim).
 */
public final class RequestKeyDecider {

    private RequestKeyDecider() {
    }

    public static Decider<ClaimRequestKey, RequestKeyClaim, RequestKeyClaimed> decider() {
        return new Decider<>(RequestKeyDecider::decide, RequestKeyDecider::evolve, initialState());
    }

    public static RequestKeyClaim initialState() {
        return new Unclaimed();
    }

    public static List<RequestKeyClaimed> decide(ClaimRequestKey claim, RequestKeyClaim state) {
        return switch (state) {
            case Unclaimed unclaimed -> List.of(new RequestKeyClaimed(claim.key(), claim.stream()));
            case Claimed claimed when claimed.stream().equals(claim.stream()) -> List.of();
            case Claimed claimed -> throw new CommandRejected("request key '" + claim.key()
                    + "' was already spent on " + claimed.stream() + ", so it cannot record on " + claim.stream());
        };
    }

    public static RequestKeyClaim evolve(RequestKeyClaim state, RequestKeyClaimed event) {
        return switch (state) {
            case Unclaimed unclaimed -> new Claimed(event.key(), event.stream());
            case Claimed claimed -> throw new IllegalStateException(
                    "the log of request key " + event.key() + " is corrupt: " + event + " cannot follow " + state);
        };
    }

    /** The command that produces exactly this claim: failback asks it again of the other region's history. */
    public static ClaimRequestKey commandFor(RequestKeyClaimed claimed) {
        return new ClaimRequestKey(claimed.key(), claimed.stream());
    }
}
