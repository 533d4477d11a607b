package dev.opsledger.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.fault.Faults;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordingAlertNotifierTest {

    private final Faults faults = new Faults();
    private final RecordingAlertNotifier notifier = new RecordingAlertNotifier(faults);

    @Test
    void keeps_notified_problems_open_until_resolved() {
        notifier.notify(alert("health:us-east-1:api", AlertSeverity.CRITICAL));
        notifier.notify(alert("replication", AlertSeverity.WARNING));
        notifier.notify(alert("replication", AlertSeverity.RESOLVED));

        assertThat(notifier.openProblems()).containsExactly("health:us-east-1:api");
        assertThat(notifier.sent()).hasSize(3);
    }

    @Test
    void opens_no_problem_when_the_notification_could_not_be_sent_so_a_retry_sends_it() {
        faults.failNext(1);
        Alert alert = alert("health:us-east-1:api", AlertSeverity.CRITICAL);

        assertThatThrownBy(() -> notifier.notify(alert)).isInstanceOf(ServiceUnavailable.class);
        assertThat(notifier.openProblems()).isEmpty();
        assertThat(notifier.notify(alert)).isTrue();
        assertThat(notifier.sent()).containsExactly(alert);
    }

    private static Alert alert(String problemKey, AlertSeverity severity) {
        return new Alert(problemKey, severity, Region.US_EAST_1, problemKey + " " + severity, "details",
                Instant.parse("2025-03-01T12:00:00Z"));
    }
}
