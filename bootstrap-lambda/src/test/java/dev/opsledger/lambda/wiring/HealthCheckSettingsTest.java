package dev.opsledger.lambda.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthCheckSettingsTest {

    @Test
    void without_settings_one_check_per_scheduled_minute_and_three_failures_make_a_component_unhealthy() {
        HealthCheckSettings settings = HealthCheckSettings.fromEnvironment(Map.of());

        assertThat(settings.checksPerInvocation()).isEqualTo(1);
        assertThat(settings.failureThreshold()).isEqualTo(3);
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
