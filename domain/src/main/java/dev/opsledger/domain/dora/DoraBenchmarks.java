package dev.opsledger.domain.dora;

import static dev.opsledger.domain.dora.BenchmarkEdition.DORA_2021;
import static dev.opsledger.domain.dora.BenchmarkEdition.DORA_2023;
import static dev.opsledger.domain.dora.BenchmarkRow.Bound.ABOVE;
import static dev.opsledger.domain.dora.BenchmarkRow.Bound.AT_LEAST;
import static dev.opsledger.domain.dora.BenchmarkRow.Bound.AT_MOST;
import static dev.opsledger.domain.dora.BenchmarkRow.Bound.BELOW;
import static dev.opsledger.domain.dora.DoraMetric.CHANGE_FAILURE_RATE;
import static dev.opsledger.domain.dora.DoraMetric.DEPLOYMENT_FREQUENCY;
import static dev.opsledger.domain.dora.DoraMetric.LEAD_TIME_FOR_CHANGES;
import static dev.opsledger.domain.dora.DoraMetric.TIME_TO_RESTORE;
import static dev.opsledger.domain.dora.PerformanceLevel.ELITE;
import static dev.opsledger.domain.dora.PerformanceLevel.HIGH;
import static dev.opsledger.domain.dora.PerformanceLevel.LOW;
import static dev.opsledger.domain.dora.PerformanceLevel.MEDIUM;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The DORA benchmark tables of the Accelerate State of DevOps reports 2021 and 2023, as data: a figure
 * reaches the best level whose row admits it. A week is 7 days, a month 30, six months 180; frequency is
 * read in deployments per day.
 *
 * <p>As published (frequency; lead time; change failure rate; time to restore):
 * <pre>
 * 2021 Elite   on demand (multiple per day); &lt; 1 hour;         0–15%;  &lt; 1 hour
 *      High    once per week – once per month; 1 day – 1 week;  16–30%; &lt; 1 day
 *      Medium  once per month – once per 6 months; 1 – 6 months; 16–30%; 1 day – 1 week
 *      Low     fewer than once per 6 months; &gt; 6 months;       16–30%; &gt; 6 months
 * 2023 Elite   on demand; &lt; 1 day;                              5%;     &lt; 1 hour
 *      High    once per day – once per week; 1 day – 1 week;    10%;    &lt; 1 day
 *      Medium  once per week – once per month; 1 week – 1 month; 15%;   1 day – 1 week
 *      Low     once per week – once per month; 1 week – 1 month; 64%;   1 – 6 months
 * </pre>
 *
 * <p>The published tables overlap and leave gaps; these rows make each edition contiguous while keeping
 * every published boundary, by these choices:
 * <ul>
 *   <li>A value in a gap between two published ranges takes the worse of the two levels.</li>
 *   <li>"Less than" stays strict ({@code BELOW}); "between A and B" includes B ({@code AT_MOST}); a
 *       published change failure rate is an upper bound that includes itself.</li>
 *   <li>Elite frequency ("on demand, multiple deploys per day") is more than one deployment per day: a
 *       daily deployment is High in 2023, which names "once per day" as High's upper end.</li>
 *   <li>2021 gives High, Medium and Low the same change failure rate (16–30%); the best level wins, so a
 *       2021 rate is never Medium, and a rate above 30%, in no published range, is Low.</li>
 *   <li>2023 prints the same frequency and lead time for Low as for Medium; Low takes what lies beyond
 *       Medium (fewer than one deployment a month, lead time over a month). Its restore range (1–6
 *       months) leaves 1 week–1 month and over 6 months uncovered: Low takes all beyond a week.</li>
 *   <li>Low always admits what no better level does, so a figure with data always has a level.</li>
 * </ul>
 */
public final class DoraBenchmarks {

    private static final double HOUR = Duration.ofHours(1).toSeconds();
    private static final double DAY = Duration.ofDays(1).toSeconds();
    private static final double WEEK = Duration.ofDays(7).toSeconds();
    private static final double MONTH = Duration.ofDays(30).toSeconds();
    private static final double SIX_MONTHS = Duration.ofDays(180).toSeconds();
    private static final double ONCE_PER_DAY = 1;
    private static final double ONCE_PER_WEEK = 1d / 7;
    private static final double ONCE_PER_MONTH = 1d / 30;
    private static final double ONCE_PER_SIX_MONTHS = 1d / 180;
    private static final double UNBOUNDED = Double.POSITIVE_INFINITY;

    private static final List<BenchmarkRow> ROWS = List.of(
            row(DORA_2021, DEPLOYMENT_FREQUENCY, ELITE, ABOVE, ONCE_PER_DAY),
            row(DORA_2021, DEPLOYMENT_FREQUENCY, HIGH, AT_LEAST, ONCE_PER_MONTH),
            row(DORA_2021, DEPLOYMENT_FREQUENCY, MEDIUM, AT_LEAST, ONCE_PER_SIX_MONTHS),
            row(DORA_2021, DEPLOYMENT_FREQUENCY, LOW, AT_LEAST, 0),
            row(DORA_2021, LEAD_TIME_FOR_CHANGES, ELITE, BELOW, HOUR),
            row(DORA_2021, LEAD_TIME_FOR_CHANGES, HIGH, AT_MOST, WEEK),
            row(DORA_2021, LEAD_TIME_FOR_CHANGES, MEDIUM, AT_MOST, SIX_MONTHS),
            row(DORA_2021, LEAD_TIME_FOR_CHANGES, LOW, AT_MOST, UNBOUNDED),
            row(DORA_2021, CHANGE_FAILURE_RATE, ELITE, AT_MOST, 0.15),
            row(DORA_2021, CHANGE_FAILURE_RATE, HIGH, AT_MOST, 0.30),
            row(DORA_2021, CHANGE_FAILURE_RATE, MEDIUM, AT_MOST, 0.30),
            row(DORA_2021, CHANGE_FAILURE_RATE, LOW, AT_MOST, UNBOUNDED),
            row(DORA_2021, TIME_TO_RESTORE, ELITE, BELOW, HOUR),
            row(DORA_2021, TIME_TO_RESTORE, HIGH, BELOW, DAY),
            row(DORA_2021, TIME_TO_RESTORE, MEDIUM, AT_MOST, WEEK),
            row(DORA_2021, TIME_TO_RESTORE, LOW, AT_MOST, UNBOUNDED),
            row(DORA_2023, DEPLOYMENT_FREQUENCY, ELITE, ABOVE, ONCE_PER_DAY),
            row(DORA_2023, DEPLOYMENT_FREQUENCY, HIGH, AT_LEAST, ONCE_PER_WEEK),
            row(DORA_2023, DEPLOYMENT_FREQUENCY, MEDIUM, AT_LEAST, ONCE_PER_MONTH),
            row(DORA_2023, DEPLOYMENT_FREQUENCY, LOW, AT_LEAST, 0),
            row(DORA_2023, LEAD_TIME_FOR_CHANGES, ELITE, BELOW, DAY),
            row(DORA_2023, LEAD_TIME_FOR_CHANGES, HIGH, AT_MOST, WEEK),
            row(DORA_2023, LEAD_TIME_FOR_CHANGES, MEDIUM, AT_MOST, MONTH),
            row(DORA_2023, LEAD_TIME_FOR_CHANGES, LOW, AT_MOST, UNBOUNDED),
            row(DORA_2023, CHANGE_FAILURE_RATE, ELITE, AT_MOST, 0.05),
            row(DORA_2023, CHANGE_FAILURE_RATE, HIGH, AT_MOST, 0.10),
            row(DORA_2023, CHANGE_FAILURE_RATE, MEDIUM, AT_MOST, 0.15),
            row(DORA_2023, CHANGE_FAILURE_RATE, LOW, AT_MOST, UNBOUNDED),
            row(DORA_2023, TIME_TO_RESTORE, ELITE, BELOW, HOUR),
            row(DORA_2023, TIME_TO_RESTORE, HIGH, BELOW, DAY),
            row(DORA_2023, TIME_TO_RESTORE, MEDIUM, AT_MOST, WEEK),
            row(DORA_2023, TIME_TO_RESTORE, LOW, AT_MOST, UNBOUNDED));

    private DoraBenchmarks() {
    }

    public static List<BenchmarkRow> rows() {
        return ROWS;
    }

    /** The level {@code value}, in the metric's unit, reaches in every edition. */
    public static Classification classify(DoraMetric metric, double value) {
        Map<BenchmarkEdition, PerformanceLevel> levels = new EnumMap<>(BenchmarkEdition.class);
        ROWS.stream()
                .filter(row -> row.metric() == metric && row.admits(value))
                .sorted(Comparator.comparing(BenchmarkRow::level))
                .forEach(row -> levels.putIfAbsent(row.edition(), row.level()));
        return new Classification(levels);
    }

    public static Classification classify(DoraMetric metric, Duration value) {
        return classify(metric, Durations.seconds(value));
    }

    private static BenchmarkRow row(
            BenchmarkEdition edition, DoraMetric metric, PerformanceLevel level, BenchmarkRow.Bound bound, double limit) {
        return new BenchmarkRow(edition, metric, level, bound, limit);
    }
}
