package dev.opsledger.domain.health;

import dev.opsledger.domain.health.ComponentHealth.Checked;
import dev.opsledger.domain.health.ComponentHealth.Unchecked;
import dev.opsledger.domain.health.HealthCommand.RecordCheck;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import java.util.List;

/**
 * The health of one component in one region. Every check is recorded; a status transition is an event
 * of its own so that alerting and the health summary react to transitions, not to every probe.
 */
public final class ComponentHealthDecider {

    private ComponentHealthDecider() {
    }

    public static Decider<HealthCommand, ComponentHealth, HealthEvent> decider(HealthPolicy policy) {
        return new Decider<>((command, state) -> decide(command, state, policy), ComponentHealthDecider::evolve, initial());
    }

    public static ComponentHealth initial() {
        return new Unchecked();
    }

    public static List<HealthEvent> decide(HealthCommand command, ComponentHealth state, HealthPolicy policy) {
        return switch (command) {
            case RecordCheck check -> recordCheck(check, state, policy);
        };
    }

    public static ComponentHealth evolve(ComponentHealth state, HealthEvent event) {
        return switch (event) {
            case CheckRecorded recorded -> switch (state) {
                case Unchecked unchecked -> new Checked(
                        recorded.component(), HealthStatus.HEALTHY, failuresAfter(0, recorded.result()),
                        recorded.result().checkedAt());
                case Checked checked when follows(checked, recorded) -> new Checked(
                        checked.component(), checked.status(), failuresAfter(checked.consecutiveFailures(), recorded.result()),
                        recorded.result().checkedAt());
                case Checked checked -> throw cannotFollow(event, state);
            };
            case StatusChanged changed -> switch (state) {
                case Checked checked when checked.component().equals(changed.component())
                        && checked.status() == changed.from() && changed.to() != changed.from() -> new Checked(
                        checked.component(), changed.to(), checked.consecutiveFailures(), checked.lastCheckedAt());
                case Checked checked -> throw cannotFollow(event, state);
                case Unchecked unchecked -> throw cannotFollow(event, state);
            };
        };
    }

    private static List<HealthEvent> recordCheck(RecordCheck command, ComponentHealth state, HealthPolicy policy) {
        CheckResult result = command.result();
        HealthStatus before = HealthStatus.HEALTHY;
        int failuresBefore = 0;
        if (state instanceof Checked checked) {
            rejectForeignOrLateCheck(command, checked);
            before = checked.status();
            failuresBefore = checked.consecutiveFailures();
        }
        CheckRecorded recorded = new CheckRecorded(command.component(), result);
        HealthStatus after = statusAfter(result, failuresAfter(failuresBefore, result), policy);
        if (after == before) {
            return List.of(recorded);
        }
        return List.of(recorded,
                new StatusChanged(command.component(), before, after, reasonFor(result, after), result.checkedAt()));
    }

    private static void rejectForeignOrLateCheck(RecordCheck command, Checked checked) {
        if (!command.component().equals(checked.component())) {
            throw new CommandRejected("a check of " + command.component().stream()
                    + " cannot be recorded on stream " + checked.component().stream());
        }
        if (command.result().checkedAt().isBefore(checked.lastCheckedAt())) {
            throw new CommandRejected("check of " + checked.component().stream() + " at " + command.result().checkedAt()
                    + " is out of order: the last check was at " + checked.lastCheckedAt());
        }
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

    private static boolean follows(Checked checked, CheckRecorded recorded) {
        return checked.component().equals(recorded.component())
                && !recorded.result().checkedAt().isBefore(checked.lastCheckedAt());
    }

    private static IllegalStateException cannotFollow(HealthEvent event, ComponentHealth state) {
        return new IllegalStateException("corrupt health log: " + event + " cannot follow " + state);
    }
}
