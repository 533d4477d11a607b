package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class DurationTextProperties {

    @Property
    void reads_back_what_it_writes_for_whole_seconds(@ForAll @LongRange(min = 0, max = 400_000) long seconds) {
        Duration duration = Duration.ofSeconds(seconds);

        assertThat(DurationText.parse("--x", DurationText.format(duration))).isEqualTo(duration);
    }
}
