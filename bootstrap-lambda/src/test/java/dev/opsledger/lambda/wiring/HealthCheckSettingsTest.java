package dev.opsledger.lambda.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.failover.FailoverSchedule;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthCheckSettingsTest {

    @Test
    void without_settings_the_function_runs_the_deployed_schedule() {
        HealthCheckSettings settings = HealthCheckSettings.fromEnvironment(Map.of());

        assertThat(settings.interval()).isEqualTo(FailoverSchedule.AS_DEPLOYED.checkInterval());
        assertThat(settings.checksPerInvocation()).isEqualTo(FailoverSchedule.AS_DEPLOYED.checksPerInvocation());
        assertThat(settings.failureThreshold()).isEqualTo(FailoverSchedule.AS_DEPLOYED.failureThreshold());
    }

    @Test
    void the_environment_overrides_the_deployed_schedule() {
        HealthCheckSettings settings = HealthCheckSettings.fromEnvironment(
                Map.of(HealthCheckSettings.INTERVAL, "60", HealthCheckSettings.FAILURE_THRESHOLD, "5"));

        assertThat(settings.checksPerInvocation()).isEqualTo(1);
        assertThat(settings.failureThreshold()).isEqualTo(5);
    }

    @Test
    void an_interval_of_fifteen_seconds_takes_four_checks_per_invocation() {
        HealthCheckSettings settings = HealthCheckSettings.fromEnvironment(Map.of(HealthCheckSettings.INTERVAL, " 15 "));

        assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.checksPerInvocation()).isEqualTo(4);
    }

    @Test
    void a_malformed_or_out_of_range_value_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> HealthCheckSettings.fromEnvironment(Map.of(HealthCheckSettings.INTERVAL, "20s")))
                .hasMessageContaining(HealthCheckSettings.INTERVAL);
        assertThatThrownBy(() -> HealthCheckSettings.fromEnvironment(Map.of(HealthCheckSettings.INTERVAL, "90")))
                .hasMessageContaining(HealthCheckSettings.INTERVAL);
        assertThatThrownBy(() -> HealthCheckSettings.fromEnvironment(Map.of(HealthCheckSettings.FAILURE_THRESHOLD, "0")))
                .hasMessageContaining(HealthCheckSettings.FAILURE_THRESHOLD);
    }
}
