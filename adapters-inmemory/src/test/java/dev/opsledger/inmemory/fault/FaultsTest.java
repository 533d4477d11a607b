package dev.opsledger.inmemory.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.ServiceUnavailable;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private final Faults faults = new Faults();

    @Test
    void lets_every_call_through_when_nothing_is_wrong() {
        assertThatCode(() -> faults.beforeCall("append")).doesNotThrowAnyException();
        assertThat(faults.refusedCalls()).isZero();
    }

    @Test
    void refuses_every_call_of_a_dark_region_naming_the_operation_and_the_fault() {
        faults.goDark();

        assertThatThrownBy(() -> faults.beforeCall("append to incident:1"))
                .isInstanceOfSatisfying(ServiceUnavailable.class, refused -> assertThat(refused.throttled()).isFalse())
                .hasMessageContaining("append to incident:1").hasMessageContaining("dark");
        assertThatThrownBy(() -> faults.beforeCall("read feed")).isInstanceOf(ServiceUnavailable.class);
        assertThat(faults.isDark()).isTrue();
        assertThat(faults.refusedCalls()).isEqualTo(2);
    }

    @Test
    void refuses_calls_as_throttled_while_throttling() {
        faults.throttle(true);

        assertThatThrownBy(() -> faults.beforeCall("publish"))
                .isInstanceOfSatisfying(ServiceUnavailable.class, refused -> assertThat(refused.throttled()).isTrue())
                .hasMessageContaining("publish").hasMessageContaining("throttled");

        faults.throttle(false);
        assertThatCode(() -> faults.beforeCall("publish")).doesNotThrowAnyException();
    }

    @Test
    void fails_exactly_the_next_n_calls() {
        faults.failNext(2);

        assertThatThrownBy(() -> faults.beforeCall("first")).isInstanceOf(ServiceUnavailable.class).hasMessageContaining("first");
        assertThatThrownBy(() -> faults.beforeCall("second")).isInstanceOf(ServiceUnavailable.class);
        assertThatCode(() -> faults.beforeCall("third")).doesNotThrowAnyException();
        assertThat(faults.refusedCalls()).isEqualTo(2);
        assertThat(faults.pendingFailures()).isZero();
    }

    @Test
    void slows_calls_down_without_refusing_them() {
        faults.slowDown(Duration.ofMillis(800));

        assertThatCode(() -> faults.beforeCall("read stream")).doesNotThrowAnyException();
        assertThat(faults.extraLatency()).isEqualTo(Duration.ofMillis(800));
        assertThatThrownBy(() -> faults.slowDown(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ends_every_fault_on_restore_but_remembers_what_it_refused() {
        faults.goDark();
        faults.throttle(true);
        faults.slowDown(Duration.ofSeconds(3));
        faults.failNext(5);
        assertThatThrownBy(() -> faults.beforeCall("append")).isInstanceOf(ServiceUnavailable.class);

        faults.restore();

        assertThatCode(() -> faults.beforeCall("append")).doesNotThrowAnyException();
        assertThat(faults.isDark()).isFalse();
        assertThat(faults.isThrottled()).isFalse();
        assertThat(faults.extraLatency()).isZero();
        assertThat(faults.pendingFailures()).isZero();
        assertThat(faults.refusedCalls()).isEqualTo(1);
    }
}
