package dev.opsledger.inmemory.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link AlertNotifier} contract: one notification per open problem, one for its resolution. */
public abstract class AlertNotifierContract {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");

    /** A new notifier with no problem open. */
    protected abstract AlertNotifier newNotifier();

    /** Subjects of the notifications that reached operators so far, in order. */
    protected abstract List<String> deliveredSubjects();

    private AlertNotifier notifier;

    @BeforeEach
    void createNotifier() {
        notifier = newNotifier();
    }

    @Test
    void sends_the_first_alert_of_a_problem() {
        assertThat(notifier.notify(alert("health:us-east-1:api", AlertSeverity.CRITICAL, "api down"))).isTrue();

        assertThat(deliveredSubjects()).containsExactly("api down");
    }

    @Test
    void does_not_send_again_while_the_problem_is_open_whatever_the_severity() {
        notifier.notify(alert("health:us-east-1:api", AlertSeverity.WARNING, "api degraded"));

        assertThat(notifier.notify(alert("health:us-east-1:api", AlertSeverity.WARNING, "api degraded again"))).isFalse();
        assertThat(notifier.notify(alert("health:us-east-1:api", AlertSeverity.CRITICAL, "api down"))).isFalse();
        assertThat(deliveredSubjects()).containsExactly("api degraded");
    }

    @Test
    void sends_a_resolution_only_for_an_open_problem() {
        assertThat(notifier.notify(alert("replication", AlertSeverity.RESOLVED, "replication fine"))).isFalse();
        notifier.notify(alert("replication", AlertSeverity.CRITICAL, "replication failing"));

        assertThat(notifier.notify(alert("replication", AlertSeverity.RESOLVED, "replication recovered"))).isTrue();
        assertThat(notifier.notify(alert("replication", AlertSeverity.RESOLVED, "replication recovered again"))).isFalse();
        assertThat(deliveredSubjects()).containsExactly("replication failing", "replication recovered");
    }

    @Test
    void sends_again_when_a_resolved_problem_comes_back() {
        notifier.notify(alert("failover", AlertSeverity.CRITICAL, "failed over"));
        notifier.notify(alert("failover", AlertSeverity.RESOLVED, "failed back"));

        assertThat(notifier.notify(alert("failover", AlertSeverity.CRITICAL, "failed over again"))).isTrue();
        assertThat(deliveredSubjects()).containsExactly("failed over", "failed back", "failed over again");
    }

    @Test
    void keeps_problems_apart_by_key() {
        notifier.notify(alert("health:us-east-1:api", AlertSeverity.CRITICAL, "east api down"));

        assertThat(notifier.notify(alert("health:us-west-2:api", AlertSeverity.CRITICAL, "west api down"))).isTrue();
        assertThat(deliveredSubjects()).containsExactly("east api down", "west api down");
    }

    private static Alert alert(String problemKey, AlertSeverity severity, String subject) {
        return new Alert(problemKey, severity, Region.US_EAST_1, subject, subject + " (details)", NOON);
    }
}
