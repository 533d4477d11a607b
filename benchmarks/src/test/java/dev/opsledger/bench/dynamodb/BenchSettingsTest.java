package dev.opsledger.bench.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {

    @Test
    void runs_every_benchmark_with_the_documented_defaults_when_given_nothing() {
        BenchSettings settings = BenchSettings.parse("");

        assertThat(settings.benchmarks()).containsExactlyInAnyOrder("append", "length", "replication", "dora", "coldstart");
        assertThat(settings.rounds()).isEqualTo(5);
        assertThat(settings.doraEvents()).containsExactly(1_000, 10_000, 100_000);
    }

    @Test
    void takes_key_value_arguments() {
        BenchSettings settings = BenchSettings.parse("only=dora", "doraEvents=1000,10000", "rounds=3");

        assertThat(settings.runs("dora")).isTrue();
        assertThat(settings.runs("append")).isFalse();
        assertThat(settings.doraEvents()).isEqualTo(List.of(1_000, 10_000));
        assertThat(settings.rounds()).isEqualTo(3);
    }

    @Test
    void refuses_an_unknown_argument_naming_the_known_ones() {
        assertThatThrownBy(() -> BenchSettings.parse("round=3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[round]")
                .hasMessageContaining("rounds");
    }
}
