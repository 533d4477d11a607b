package dev.opsledger.application.recording;

import dev.opsledger.application.dora.ProjectDoraFacts;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.MetricsRecorder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Applies the commit a request has just written to the DORA read model, so that a report asked right after
 * the answer already counts it. Best effort: the write is accepted once appended, so a projection that fails
 * here is counted ({@value #FAILED_METRIC}) and left to the log's own projection, which applies every commit
 * anyway (the model is idempotent).
 */
public final class ReadYourWrites {

    public static final String FAILED_METRIC = "ReadYourWritesFailed";

    /** For writers whose readers can wait for the log's projection. */
    public static final ReadYourWrites NONE = new ReadYourWrites(commit -> { }, metric -> { });

    private final Consumer<Commit> projection;
    private final MetricsRecorder metrics;

    public ReadYourWrites(ProjectDoraFacts projection, MetricsRecorder metrics) {
        this(projecting(projection), metrics);
    }

    private ReadYourWrites(Consumer<Commit> projection, MetricsRecorder metrics) {
        this.projection = projection;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    private static Consumer<Commit> projecting(ProjectDoraFacts projection) {
        Objects.requireNonNull(projection, "projection");
        return commit -> projection.project(List.of(commit));
    }

    void apply(Commit written) {
        try {
            projection.accept(written);
        } catch (RuntimeException failed) {
            metrics.record(new Metric(FAILED_METRIC, 1, Metric.Unit.COUNT,
                    Map.of("stream", written.stream().category(), "reason", failed.getClass().getSimpleName()),
                    written.committedAt()));
        }
    }
}
