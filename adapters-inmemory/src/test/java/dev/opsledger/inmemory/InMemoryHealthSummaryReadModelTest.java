package dev.opsledger.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.inmemory.contract.HealthHistory;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.inmemory.fault.Faults;
import org.junit.jupiter.api.Test;

class InMemoryHealthSummaryReadModelTest {

    private final Faults faults = new Faults();
    private final InMemoryHealthSummaryReadModel summary = new InMemoryHealthSummaryReadModel(faults);

    @Test
    void a_dark_region_refuses_to_apply_or_read_and_what_it_refused_changed_nothing() {
        faults.goDark();

        assertThatThrownBy(() -> summary.apply(HealthHistory.COMMITS.getFirst())).isInstanceOf(ServiceUnavailable.class);
        assertThatThrownBy(summary::read).isInstanceOf(ServiceUnavailable.class);

        faults.restore();
        HealthHistory.COMMITS.forEach(summary::apply);
        assertThat(summary.read()).isEqualTo(HealthHistory.SUMMARY);
    }

    @Test
    void a_throttled_call_says_it_was_throttled() {
        faults.throttle(true);

        assertThatThrownBy(summary::read).isInstanceOfSatisfying(ServiceUnavailable.class,
                refused -> assertThat(refused.throttled()).isTrue());
    }
}
