package dev.opsledger.application.health;

import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.MetricsRecorder;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.stream.FollowedStream;
import dev.opsledger.application.stream.FollowedStream.Outcome;
import dev.opsledger.application.stream.Rotation;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentHealth;
import dev.opsledger.domain.health.ComponentHealthDecider;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthCommand;
import dev.opsledger.domain.health.HealthCommand.RecordCheck;
import dev.opsledger.domain.health.HealthEvent;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.health.HealthPolicy;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Probes every component of one region, records each check in the component's health stream of the hour
 * (followed in memory, see {@link FollowedStream}), alerts on status edges and emits
 * {@code HealthCheckPassed} and {@code HealthCheckLatency}. A dark table must not
 * blind the check that is meant to notice it: the status then comes from this checker's own fold and
 * alerts and metrics go out all the same. Meant to live as long as its container, to keep that fold.
 */
public final class RunHealthCheck {

    /**
     * A component's stream per hour starts with the state the hour before ended in. A checker that finds
     * neither the current hour nor the one before written has not checked for over an hour: what it knew is
     * stale, and the component starts as unchecked.
     */
    static final Rotation<ComponentHealth, HealthEvent> ROTATION = new Rotation<>(1, ComponentHealthDecider::carriedForward);

    private final Region probedRegion;
    private final List<HealthProbe> probes;
    private final Decider<HealthCommand, ComponentHealth, HealthEvent> decider;
    private final EventStore recordTo;
    private final HealthAlerts alerts;
    private final MetricsRecorder metrics;
    private final Map<ComponentKey, FollowedStream<HealthCommand, ComponentHealth, HealthEvent>> streams =
            new ConcurrentHashMap<>();
    private final Map<ComponentKey, ComponentHealth> lastKnown = new ConcurrentHashMap<>();

    public RunHealthCheck(Region probedRegion, List<HealthProbe> probes, EventStore recordTo,
            AlertNotifier notifier, MetricsRecorder metrics, HealthPolicy policy) {
        this.probedRegion = Objects.requireNonNull(probedRegion, "probedRegion");
        this.probes = List.copyOf(probes);
        if (this.probes.isEmpty() || this.probes.stream().map(HealthProbe::component).distinct().count() != probes.size()) {
            throw new IllegalArgumentException("one probe per component is needed, got " + probes.size() + " probes");
        }
        this.decider = ComponentHealthDecider.decider(policy);
        this.recordTo = Objects.requireNonNull(recordTo, "recordTo");
        this.alerts = new HealthAlerts(notifier);
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    public HealthCheckReport run() {
        Map<Component, CheckResult> results = new EnumMap<>(Component.class);
        Map<Component, HealthStatus> statuses = new EnumMap<>(Component.class);
        for (HealthProbe probe : probes) {
            ComponentKey key = new ComponentKey(probedRegion, probe.component());
            CheckResult result = probe.probe(probedRegion);
            Outcome<ComponentHealth, HealthEvent> outcome = record(key, result);
            HealthStatus status = statusOf(outcome.state());
            HealthStatus previous = outcome.events().stream()
                    .filter(StatusChanged.class::isInstance).map(StatusChanged.class::cast)
                    .map(StatusChanged::from).findFirst().orElse(status);
            alerts.observe(key, previous, status, result);
            emitMetrics(key, result);
            results.put(key.component(), result);
            statuses.put(key.component(), status);
        }
        CheckResult first = results.values().stream().min(Comparator.comparing(CheckResult::checkedAt)).orElseThrow();
        return new HealthCheckReport(probedRegion, results, statuses, first.checkedAt());
    }

    private Outcome<ComponentHealth, HealthEvent> record(ComponentKey key, CheckResult result) {
        RecordCheck command = new RecordCheck(key, result);
        // Keyed by component and check time, so a re-run of the same check is recognised, not recorded twice.
        String commandId = key.series() + "@" + result.checkedAt();
        Outcome<ComponentHealth, HealthEvent> outcome;
        try {
            outcome = streamOf(key).record(command, result.checkedAt(), (stream, version, index) -> EventId.derived(commandId, index));
        } catch (ServiceUnavailable unavailable) {
            ComponentHealth known = lastKnown.getOrDefault(key, decider.initialState());
            List<HealthEvent> events = decider.decide(command, known);
            outcome = new Outcome<>(events, decider.evolve(known, events));
        }
        lastKnown.put(key, outcome.state());
        return outcome;
    }

    private FollowedStream<HealthCommand, ComponentHealth, HealthEvent> streamOf(ComponentKey key) {
        return streams.computeIfAbsent(key,
                component -> new FollowedStream<>(recordTo, decider, HealthEvent.class, component.series(), ROTATION));
    }

    private static HealthStatus statusOf(ComponentHealth health) {
        return switch (health) {
            case ComponentHealth.Checked checked -> checked.status();
            case ComponentHealth.Unchecked unchecked -> HealthStatus.HEALTHY;
        };
    }

    private void emitMetrics(ComponentKey key, CheckResult result) {
        Map<String, String> dimensions = Map.of("region", key.region().name(), "component", HealthAlerts.name(key));
        metrics.record(new Metric("HealthCheckPassed", result.passed() ? 1 : 0, Metric.Unit.COUNT, dimensions,
                result.checkedAt()));
        metrics.record(new Metric("HealthCheckLatency", result.latency().toMillis(), Metric.Unit.MILLISECONDS,
                dimensions, result.checkedAt()));
    }
}
