package dev.opsledger.application.health.summary;

import dev.opsledger.application.health.summary.SummarisedStream.ComponentStream;
import dev.opsledger.application.health.summary.SummarisedStream.FailoverStream;
import dev.opsledger.application.health.summary.SummarisedStream.RouteStream;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.failover.FailoverEvent;
import dev.opsledger.domain.failover.FailoverEvent.FailbackCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailbackInitiated;
import dev.opsledger.domain.failover.FailoverEvent.FailoverCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.HealthCarriedForward;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.replication.ReplicationEvent;
import dev.opsledger.domain.replication.ReplicationEvent.BatchApplied;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceCleared;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.domain.replication.ReplicationEvent.LagObserved;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationCarriedForward;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.HourlyStream;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The health summary as a pure fold over the health, replication and failover streams: one
 * {@link SummarisedStream} per series ({@link HourlyStream#seriesOf}: a component, a route, a region pair
 * with its latest switches), each remembering the latest stream and version folded in. Events of an earlier
 * hour's stream, or of that stream at or below that version, are ignored, so the feed may deliver a commit
 * twice or late and the log may be replayed over it; series never share an entry, so their commits may
 * interleave in any order.
 */
public record HealthSummaryProjection(Map<StreamId, SummarisedStream> series) {

    public static final HealthSummaryProjection EMPTY = new HealthSummaryProjection(Map.of());

    private static final Set<String> SUMMARISED_CATEGORIES =
            Set.of(ComponentKey.STREAM_CATEGORY, ReplicationRoute.STREAM_CATEGORY, RegionPair.STREAM_CATEGORY);

    /** At equal epochs a completed switch is newer than the one under way; then the stream decides, for a stable answer. */
    private static final Comparator<Map.Entry<StreamId, FailoverStream>> LATEST_SWITCH = Comparator
            .comparingLong((Map.Entry<StreamId, FailoverStream> entry) -> entry.getValue().active().epoch())
            .thenComparing(entry -> !entry.getValue().active().switching())
            .thenComparing(Map.Entry::getKey);

    public HealthSummaryProjection {
        series = Map.copyOf(series);
        series.forEach((key, entry) -> {
            if (!summarises(key) || !HourlyStream.seriesOf(entry.stream()).equals(key)) {
                throw new IllegalArgumentException("the health summary keeps no series " + key + " of stream " + entry.stream());
            }
        });
    }

    /** Streams of one series by hour; a stream that is not an hour of one comes before every hour. */
    private static final Comparator<StreamId> HOURS = Comparator.comparing(
            (StreamId stream) -> HourlyStream.parse(stream).map(HourlyStream::hour).orElse(Instant.MIN));

    public static boolean summarises(StreamId stream) {
        return SUMMARISED_CATEGORIES.contains(stream.category());
    }

    /** Folds in the commit's events beyond its stream's last version folded in; returns this same projection when there are none. */
    public HealthSummaryProjection evolve(Commit commit) {
        Objects.requireNonNull(commit, "commit");
        if (!summarises(commit.stream())) {
            return this;
        }
        StreamId key = HourlyStream.seriesOf(commit.stream());
        Optional<SummarisedStream> known = Optional.ofNullable(series.get(key));
        int order = known.map(entry -> HOURS.compare(commit.stream(), entry.stream())).orElse(1);
        if (order < 0) {
            return this;
        }
        long folded = order == 0 ? known.orElseThrow().version() : 0L;
        Optional<SummarisedStream> entry = known;
        for (RecordedEvent recorded : commit.events()) {
            if (recorded.version() > folded) {
                entry = fold(entry, commit.stream(), recorded);
            }
        }
        if (entry.equals(known)) {
            return this;
        }
        Map<StreamId, SummarisedStream> next = new HashMap<>(series);
        next.put(key, entry.orElseThrow());
        return new HealthSummaryProjection(next);
    }

    public HealthSummary summary() {
        Optional<FailoverStream> latestSwitch = entries(FailoverStream.class).max(LATEST_SWITCH).map(Map.Entry::getValue);
        return new HealthSummary(
                entries(ComponentStream.class).map(entry -> entry.getValue().component())
                        .sorted(Comparator.comparing(ComponentSummary::region).thenComparing(ComponentSummary::component))
                        .toList(),
                latestSwitch.map(FailoverStream::active),
                entries(RouteStream.class).map(entry -> entry.getValue().route())
                        .sorted(Comparator.comparing((RouteSummary route) -> route.route().source())
                                .thenComparing(route -> route.route().target()))
                        .toList(),
                latestSwitch.map(FailoverStream::switches).orElse(List.of()));
    }

    private <T extends SummarisedStream> Stream<Map.Entry<StreamId, T>> entries(Class<T> kind) {
        return series.entrySet().stream()
                .filter(entry -> kind.isInstance(entry.getValue()))
                .map(entry -> Map.entry(entry.getKey(), kind.cast(entry.getValue())));
    }

    /** Events a summarised stream should not hold leave it as it was: a projection that threw would stall the feed. */
    private static Optional<SummarisedStream> fold(Optional<SummarisedStream> entry, StreamId stream, RecordedEvent recorded) {
        long version = recorded.version();
        return switch (recorded.event()) {
            case HealthEvent health ->
                    Optional.of(new ComponentStream(stream, version, fold(componentOf(entry, health.component()), health)));
            case ReplicationEvent replication ->
                    Optional.of(new RouteStream(stream, version, fold(routeOf(entry, replication.route()), replication)));
            case FailoverEvent failover -> Optional.of(new FailoverStream(stream, version, activeAfter(failover),
                    SwitchHistory.after(switchesOf(entry), failover)));
            default -> entry;
        };
    }

    private static ComponentSummary fold(ComponentSummary component, HealthEvent event) {
        return switch (event) {
            case HealthCarriedForward carried -> new ComponentSummary(component.region(), component.component(),
                    carried.status(), carried.status() == component.status() ? component.statusSince() : Optional.empty(),
                    component.lastCheck());
            case CheckRecorded check -> new ComponentSummary(component.region(), component.component(),
                    component.status(), component.statusSince(), Optional.of(check.result()));
            case StatusChanged change -> new ComponentSummary(component.region(), component.component(),
                    change.to(), Optional.of(change.changedAt()), component.lastCheck());
        };
    }

    /** Any part of a successful batch ends a streak of failures, as the replication decider counts them. */
    private static RouteSummary fold(RouteSummary route, ReplicationEvent event) {
        return switch (event) {
            case LagObserved observed -> new RouteSummary(route.route(), Optional.of(observed.lag()),
                    Optional.of(observed.observedAt()), route.checkpoint(), 0);
            case CheckpointAdvanced advanced -> new RouteSummary(route.route(), route.lag(), route.lagObservedAt(),
                    Optional.of(advanced.checkpoint()), 0);
            case ReplicationFailed failed -> new RouteSummary(route.route(), route.lag(), route.lagObservedAt(),
                    route.checkpoint(), failed.consecutiveFailures());
            case BatchApplied applied -> new RouteSummary(route.route(), route.lag(), route.lagObservedAt(),
                    route.checkpoint(), 0);
            case DivergenceDetected detected -> route;
            case DivergenceCleared cleared -> route;
            case ReplicationCarriedForward carried -> new RouteSummary(route.route(),
                    route.lag().or(() -> Optional.of(carried.lastLag())),
                    route.lagObservedAt().or(() -> Optional.of(carried.lastActivityAt())),
                    carried.checkpoint().equals(LogPosition.START) ? route.checkpoint() : Optional.of(carried.checkpoint()),
                    carried.consecutiveFailures());
        };
    }

    private static ActiveRegionSummary activeAfter(FailoverEvent event) {
        return switch (event) {
            case FailoverInitiated initiated -> new ActiveRegionSummary(initiated.to(), initiated.epoch(), true, initiated.initiatedAt());
            case FailoverCompleted completed -> new ActiveRegionSummary(completed.active(), completed.epoch(), false, completed.completedAt());
            case FailbackInitiated initiated -> new ActiveRegionSummary(initiated.to(), initiated.epoch(), true, initiated.initiatedAt());
            case FailbackCompleted completed -> new ActiveRegionSummary(completed.active(), completed.epoch(), false, completed.completedAt());
        };
    }

    /** A component is healthy until a transition says otherwise, as its decider starts it. */
    private static ComponentSummary componentOf(Optional<SummarisedStream> entry, ComponentKey key) {
        return entry.filter(ComponentStream.class::isInstance).map(known -> ((ComponentStream) known).component())
                .orElseGet(() -> new ComponentSummary(key.region(), key.component(), HealthStatus.HEALTHY,
                        Optional.empty(), Optional.empty()));
    }

    private static List<SwitchSummary> switchesOf(Optional<SummarisedStream> entry) {
        return entry.filter(FailoverStream.class::isInstance).map(known -> ((FailoverStream) known).switches())
                .orElse(List.of());
    }

    private static RouteSummary routeOf(Optional<SummarisedStream> entry, ReplicationRoute route) {
        return entry.filter(RouteStream.class::isInstance).map(known -> ((RouteStream) known).route())
                .orElseGet(() -> new RouteSummary(route, Optional.empty(), Optional.empty(), Optional.empty(), 0));
    }
}
