package dev.opsledger.domain.health;

import dev.opsledger.domain.health.ComponentHealth.Checked;
import dev.opsledger.domain.health.ComponentHealth.Unchecked;
import dev.opsledger.domain.health.HealthCommand.RecordCheck;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.HealthCarriedForward;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import java.util.List;

/**
 * The health of one component in one region. Every check is recorded; a status transition is an event
 * of its own so that alerting and the health summary react to transitions, not to every probe.
 *
 * <p>Checks of a component come in time order. A failed check makes the component {@code DEGRADED},
 * {@code failuresUntilUnhealthy} consecutive failures make it {@code UNHEALTHY} ({@code HealthPolicy}); a passing
 * but slow check is {@code DEGRADED}, a passing fast one {@code HEALTHY}, and a recovery is the change back to
 * {@code HEALTHY}. Each hour's stream opens with the state carried from the hour before.
 */
public final class ComponentHealthDecider {

    private ComponentHealthDecider() {
    }

    public static Decider<HealthCommand, ComponentHealth, HealthEvent> decider(HealthPolicy policy) {
        return new Decider<>(
                (command, state) -> decide(command, state, policy), ComponentHealthDecider::evolve, initialState());
    }

    public static ComponentHealth initialState() {
        return new Unchecked();
    }

    /** What an hour's stream starts with, so that it alone folds to {@code state}: nothing for a component never checked. */
    public static List<HealthEvent> carriedForward(ComponentHealth state) {
        return switch (state) {
            case Unchecked unchecked -> List.of();
            case Checked checked -> List.of(new HealthCarriedForward(checked.component(), checked.status(),
                    checked.consecutiveFailures(), checked.lastCheckedAt()));
        };
    }

    public static List<HealthEvent> decide(HealthCommand command, ComponentHealth state, HealthPolicy policy) {
        return switch (command) {
            case RecordCheck check -> recordCheck(check, state, policy);
        };
    }

    public static ComponentHealth evolve(ComponentHealth state, HealthEvent event) {
        return switch (event) {
            case HealthCarriedForward carried when state instanceof Unchecked -> new Checked(carried.component(),
                    carried.status(), carried.consecutiveFailures(), carried.lastCheckedAt());
            case HealthCarriedForward carried -> throw cannotFollow(carried, state);
            case CheckRecorded recorded -> afterCheck(state, recorded);
            case StatusChanged changed -> afterStatusChange(state, changed);
        };
    }

    private static List<HealthEvent> recordCheck(RecordCheck command, ComponentHealth state, HealthPolicy policy) {
        CheckResult result = command.result();
        Checked current = switch (state) {
            case Unchecked unchecked -> new Checked(command.component(), HealthStatus.HEALTHY, 0, result.checkedAt());
            case Checked checked -> inOrderCheckOfSameComponent(command, checked);
        };
        CheckRecorded recorded = new CheckRecorded(command.component(), result);
        HealthStatus after = statusAfter(result, failuresAfter(current.consecutiveFailures(), result), policy);
        if (after == current.status()) {
            return List.of(recorded);
        }
        return List.of(recorded, new StatusChanged(
                command.component(), current.status(), after, reasonFor(result, after), result.checkedAt()));
    }

    private static Checked inOrderCheckOfSameComponent(RecordCheck command, Checked checked) {
        if (!command.component().equals(checked.component())) {
            throw new CommandRejected("a check of " + command.component().series()
                    + " cannot be recorded on stream " + checked.component().series());
        }
        if (command.result().checkedAt().isBefore(checked.lastCheckedAt())) {
            throw new CommandRejected("check of " + checked.component().series() + " at " + command.result().checkedAt()
                    + " is out of order: the last check was at " + checked.lastCheckedAt());
        }
        return checked;
    }

    private static HealthStatus statusAfter(CheckResult result, int consecutiveFailures, HealthPolicy policy) {
        if (!result.passed()) {
            return consecutiveFailures >= policy.failuresUntilUnhealthy() ? HealthStatus.UNHEALTHY : HealthStatus.DEGRADED;
        }
        return isSlow(result, policy) ? HealthStatus.DEGRADED : HealthStatus.HEALTHY;
    }

    private static boolean isSlow(CheckResult result, HealthPolicy policy) {
        return result.latency().compareTo(policy.slowAfter()) > 0;
    }

    private static String reasonFor(CheckResult result, HealthStatus after) {
        if (!result.passed()) {
            return result.reason();
        }
        return after == HealthStatus.HEALTHY ? "recovered" : "slow: " + result.latency();
    }

    private static int failuresAfter(int failuresBefore, CheckResult result) {
        return result.passed() ? 0 : failuresBefore + 1;
    }

    private static Checked afterCheck(ComponentHealth state, CheckRecorded recorded) {
        CheckResult result = recorded.result();
        return switch (state) {
            case Unchecked unchecked ->
                    new Checked(recorded.component(), HealthStatus.HEALTHY, failuresAfter(0, result), result.checkedAt());
            case Checked checked when checked.component().equals(recorded.component())
                    && !result.checkedAt().isBefore(checked.lastCheckedAt()) -> new Checked(checked.component(),
                    checked.status(), failuresAfter(checked.consecutiveFailures(), result), result.checkedAt());
            case Checked checked -> throw cannotFollow(recorded, state);
        };
    }

    private static Checked afterStatusChange(ComponentHealth state, StatusChanged changed) {
        if (state instanceof Checked checked && checked.component().equals(changed.component())
                && checked.status() == changed.from() && changed.to() != changed.from()) {
            return new Checked(checked.component(), changed.to(), checked.consecutiveFailures(), checked.lastCheckedAt());
        }
        throw cannotFollow(changed, state);
    }

    private static IllegalStateException cannotFollow(HealthEvent event, ComponentHealth state) {
        return new IllegalStateException("corrupt health log: " + event + " cannot follow " + state);
    }
}
