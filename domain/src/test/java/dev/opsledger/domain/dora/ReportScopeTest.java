package dev.opsledger.domain.dora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportScopeTest {

    private static final Instant MONDAY = Instant.parse("2024-03-04T00:00:00Z");
    private static final Instant NEXT_MONDAY = Instant.parse("2024-03-11T00:00:00Z");

    @Test
    void a_window_must_end_after_it_starts() {
        assertThatThrownBy(() -> ReportScope.ofService("checkout", "production", MONDAY, MONDAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from must be before to");
    }

    @Test
    void service_and_environment_must_be_named() {
        assertThatThrownBy(() -> ReportScope.ofService(" ", "production", MONDAY, NEXT_MONDAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("service");
        assertThatThrownBy(() -> ReportScope.ofService("checkout", "", MONDAY, NEXT_MONDAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("environment");
    }

    @Test
    void the_window_holds_its_start_but_not_its_end() {
        ReportScope week = ReportScope.ofService("checkout", "production", MONDAY, NEXT_MONDAY);

        assertThat(week.contains(MONDAY)).isTrue();
        assertThat(week.contains(NEXT_MONDAY.minusNanos(1))).isTrue();
        assertThat(week.contains(NEXT_MONDAY)).isFalse();
        assertThat(week.calendarDays()).isEqualTo(7);
    }
}
