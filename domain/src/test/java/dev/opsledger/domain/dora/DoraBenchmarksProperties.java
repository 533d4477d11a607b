package dev.opsledger.domain.dora;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class DoraBenchmarksProperties {

    @Property
    void a_figure_with_data_has_a_level_in_every_edition(
            @ForAll DoraMetric metric, @ForAll @DoubleRange(min = 0, max = 1e9) double value) {
        assertThat(DoraBenchmarks.classify(metric, value).levels().keySet())
                .isEqualTo(Set.of(BenchmarkEdition.values()));
    }

    @Property
    void a_better_figure_never_reaches_a_worse_level(
            @ForAll DoraMetric metric,
            @ForAll BenchmarkEdition edition,
            @ForAll @DoubleRange(min = 0, max = 1e8) double one,
            @ForAll @DoubleRange(min = 0, max = 1e8) double another) {
        boolean higherIsBetter = metric == DoraMetric.DEPLOYMENT_FREQUENCY;
        double better = higherIsBetter ? Math.max(one, another) : Math.min(one, another);
        double worse = higherIsBetter ? Math.min(one, another) : Math.max(one, another);

        PerformanceLevel betterLevel = DoraBenchmarks.classify(metric, better).level(edition).orElseThrow();
        PerformanceLevel worseLevel = DoraBenchmarks.classify(metric, worse).level(edition).orElseThrow();

        assertThat(betterLevel).isLessThanOrEqualTo(worseLevel);
    }
}
