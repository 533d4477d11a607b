package dev.opsledger.domain.failover;

import dev.opsledger.domain.failover.Failover.Steady;
import dev.opsledger.domain.failover.Failover.Switching;
import dev.opsledger.domain.failover.FailoverCommand.CompleteFailback;
import dev.opsledger.domain.failover.FailoverCommand.CompleteFailover;
import dev.opsledger.domain.failover.FailoverCommand.InitiateFailback;
import dev.opsledger.domain.failover.FailoverCommand.InitiateFailover;
import dev.opsledger.domain.failover.FailoverEvent.FailbackCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailbackInitiated;
import dev.opsledger.domain.failover.FailoverEvent.FailoverCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.List;

/**
 * Which region of the pair accepts writes. Every switch raises the fencing epoch by one at its start, and
 * no region writes until the switch completes, so two regions never hold the same epoch as writers.
 *
 * <p>The primary starts active at epoch 0. {@code InitiateFailover} only while the primary is active, with a reason;
 * {@code InitiateFailback} only while the secondary is. {@code CompleteFailover} and {@code CompleteFailback} only for
 * the switch under way, of the same kind, at its epoch, and not before it was initiated; a failback's completion
 * carries how many orphaned commits were reapplied and how many quarantined.
 */
public final class FailoverDecider {

    private FailoverDecider() {
    }

    public static Decider<FailoverCommand, Failover, FailoverEvent> decider(RegionPair regions) {
        return new Decider<>(FailoverDecider::decide, FailoverDecider::evolve, initialState(regions));
    }

    public static Failover initialState(RegionPair regions) {
        return new Steady(regions, regions.primary(), 0);
    }

    public static List<FailoverEvent> decide(FailoverCommand command, Failover state) {
        return switch (command) {
            case InitiateFailover initiate -> {
                Steady steady = steadyWith(state.regions().primary(), state, "cannot fail over");
                if (initiate.reason().isBlank()) {
                    throw new CommandRejected("cannot fail over from " + steady.active() + " without a reason");
                }
                yield List.of(new FailoverInitiated(steady.active(), state.regions().secondary(), steady.epoch() + 1,
                        initiate.reason(), initiate.initiatedAt()));
            }
            case InitiateFailback initiate -> {
                Steady steady = steadyWith(state.regions().secondary(), state, "cannot fail back");
                yield List.of(new FailbackInitiated(steady.active(), state.regions().primary(), steady.epoch() + 1,
                        initiate.initiatedAt()));
            }
            case CompleteFailover complete -> {
                Switching switching = switchUnderWay(false, complete.epoch(), complete.completedAt(), state,
                        "cannot complete a failover");
                yield List.of(new FailoverCompleted(switching.to(), switching.epoch(), complete.completedAt()));
            }
            case CompleteFailback complete -> {
                Switching switching = switchUnderWay(true, complete.epoch(), complete.completedAt(), state,
                        "cannot complete a failback");
                requireNotNegative("reapplied", complete.reapplied());
                requireNotNegative("quarantined", complete.quarantined());
                yield List.of(new FailbackCompleted(switching.to(), switching.epoch(), complete.reapplied(),
                        complete.quarantined(), complete.completedAt()));
            }
        };
    }

    public static Failover evolve(Failover state, FailoverEvent event) {
        return switch (event) {
            case FailoverInitiated initiated ->
                    startSwitch(state, event, false, initiated.from(), initiated.to(), initiated.initiatedAt());
            case FailbackInitiated initiated ->
                    startSwitch(state, event, true, initiated.from(), initiated.to(), initiated.initiatedAt());
            case FailoverCompleted completed -> completeSwitch(state, event, false, completed.active(), completed.completedAt());
            case FailbackCompleted completed -> completeSwitch(state, event, true, completed.active(), completed.completedAt());
        };
    }

    private static Steady steadyWith(Region required, Failover state, String refusal) {
        return switch (state) {
            case Steady steady when steady.active().equals(required) -> steady;
            case Steady steady -> throw new CommandRejected(
                    refusal + ": " + steady.active() + " is already active at epoch " + steady.epoch());
            case Switching switching -> throw new CommandRejected(refusal + ": " + underWay(switching));
        };
    }

    private static Switching switchUnderWay(boolean failback, long epoch, Instant completedAt, Failover state,
            String refusal) {
        Switching switching = switch (state) {
            case Switching candidate when candidate.failback() == failback -> candidate;
            case Switching other -> throw new CommandRejected(refusal + ": " + underWay(other));
            case Steady steady -> throw new CommandRejected(refusal + ": no switch is under way, "
                    + steady.active() + " is active at epoch " + steady.epoch());
        };
        if (epoch != switching.epoch()) {
            throw new CommandRejected(refusal + ": epoch " + epoch + " does not match the switch under way (epoch "
                    + switching.epoch() + ")");
        }
        if (completedAt.isBefore(switching.startedAt())) {
            throw new CommandRejected(refusal + ": completion at " + completedAt + " is before the switch to "
                    + switching.to() + " was initiated at " + switching.startedAt());
        }
        return switching;
    }

    private static String underWay(Switching switching) {
        return "a " + (switching.failback() ? "failback" : "failover") + " to " + switching.to() + " at epoch "
                + switching.epoch() + " is under way";
    }

    private static void requireNotNegative(String count, int value) {
        if (value < 0) {
            throw new CommandRejected("cannot complete a failback: " + count + " must not be negative, was " + value);
        }
    }

    private static Switching startSwitch(Failover state, FailoverEvent event, boolean failback, Region from, Region to,
            Instant startedAt) {
        RegionPair regions = state.regions();
        Region expectedFrom = failback ? regions.secondary() : regions.primary();
        if (state instanceof Steady steady && steady.active().equals(expectedFrom) && from.equals(expectedFrom)
                && to.equals(regions.other(from)) && event.epoch() == steady.epoch() + 1) {
            return new Switching(regions, from, to, event.epoch(), failback, startedAt);
        }
        throw cannotFollow(event, state);
    }

    private static Steady completeSwitch(Failover state, FailoverEvent event, boolean failback, Region active,
            Instant completedAt) {
        if (state instanceof Switching switching && switching.failback() == failback && switching.to().equals(active)
                && switching.epoch() == event.epoch() && !completedAt.isBefore(switching.startedAt())) {
            return new Steady(state.regions(), active, event.epoch());
        }
        throw cannotFollow(event, state);
    }

    private static IllegalStateException cannotFollow(FailoverEvent event, Failover state) {
        return new IllegalStateException("corrupt failover log: " + event + " cannot follow " + state);
    }
}
