package dev.opsledger.application.health;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alerts on the edges of a component's status: once when it turns unhealthy, once when it stops being
 * unhealthy. The edge is taken against the status this checker last alerted on, not only against the
 * log, so that a transition decided while the table was dark (and never recorded) still gets resolved.
 */
final class HealthAlerts {

    /** SNS refuses longer e-mail subjects. */
    private static final int MAX_SUBJECT = 100;

    private final AlertNotifier notifier;
    private final Map<ComponentKey, HealthStatus> alertedOn = new ConcurrentHashMap<>();

    HealthAlerts(AlertNotifier notifier) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    /** {@code previous} is the status before this check as far as the log knows. */
    void observe(ComponentKey key, HealthStatus previous, HealthStatus current, CheckResult result) {
        HealthStatus before = alertedOn.getOrDefault(key, previous);
        try {
            if (current == HealthStatus.UNHEALTHY && before != HealthStatus.UNHEALTHY) {
                notifier.notify(unhealthy(key, result));
            } else if (before == HealthStatus.UNHEALTHY && current != HealthStatus.UNHEALTHY) {
                notifier.notify(resolved(key, current, result));
            }
            alertedOn.put(key, current);
        } catch (ServiceUnavailable unavailable) {
            // Nothing went out: remember the old status so the next check raises the same edge again.
            alertedOn.put(key, before);
        }
    }

    private static Alert unhealthy(ComponentKey key, CheckResult result) {
        String subject = "UNHEALTHY: " + name(key) + " in " + key.region();
        String message = name(key) + " in " + key.region() + " is unhealthy at " + result.checkedAt()
                + " after repeated failed checks; last failure: " + result.reason();
        return alert(key, AlertSeverity.CRITICAL, subject, message, result);
    }

    private static Alert resolved(ComponentKey key, HealthStatus current, CheckResult result) {
        String subject = "RESOLVED: " + name(key) + " in " + key.region() + " is " + lower(current);
        String outcome = result.passed() ? "passed" : "failed: " + result.reason();
        String message = name(key) + " in " + key.region() + " is no longer unhealthy: " + lower(current)
                + " after the check at " + result.checkedAt() + " (" + outcome + ", " + result.latency().toMillis() + " ms)";
        return alert(key, AlertSeverity.RESOLVED, subject, message, result);
    }

    private static Alert alert(ComponentKey key, AlertSeverity severity, String subject, String message, CheckResult result) {
        String shortSubject = subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT);
        return new Alert(key.series().value(), severity, key.region(), shortSubject, message, result.checkedAt());
    }

    static String name(ComponentKey key) {
        return lower(key.component());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
