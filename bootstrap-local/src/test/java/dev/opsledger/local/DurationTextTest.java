package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void reads_the_units_people_type() {
        assertThat(DurationText.parse("--x", "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.parse("--x", "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("--x", "1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("--x", "1500ms")).isEqualTo(Duration.ofMillis(1500));
        assertThat(DurationText.parse("--x", "0")).isEqualTo(Duration.ZERO);
    }

    @Test
    void refuses_what_is_not_a_duration_naming_the_flag() {
        assertThatThrownBy(() -> DurationText.parse("--dns-ttl", "60"))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("--dns-ttl")
                .hasMessageContaining("'60'");
        assertThatThrownBy(() -> DurationText.parse("--dns-ttl", "-5s")).isInstanceOf(UsageError.class);
    }

    @Test
    void takes_each_unit_once_largest_first_in_ascii_digits() {
        assertThat(DurationText.parse("--x", "1h2m3s4ms")).isEqualTo(Duration.ofMillis(3_723_004));
        for (String typo : new String[] {"5m5m", "30s1m", "٥m", "", "1d"}) {
            assertThatThrownBy(() -> DurationText.parse("--x", typo)).as(typo).isInstanceOf(UsageError.class)
                    .hasMessageContaining("each unit once");
        }
    }

    @Test
    void refuses_a_duration_too_long_to_represent_as_out_of_range() {
        assertThatThrownBy(() -> DurationText.parse("--x", "9223372036854775807h", Duration.ZERO, Duration.ofHours(24)))
                .isInstanceOf(UsageError.class)
                .hasMessage("--x takes a duration from 0s to 24h, not '9223372036854775807h'");
    }

    @Test
    void writes_limits_the_way_they_are_typed() {
        assertThat(DurationText.typeable(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(DurationText.typeable(Duration.ofMinutes(90))).isEqualTo("1h30m");
    }

    @Test
    void writes_durations_the_short_way() {
        assertThat(DurationText.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(DurationText.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(DurationText.format(Duration.ofMillis(66_575))).isEqualTo("1m6.575s");
        assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0s");
    }
}
