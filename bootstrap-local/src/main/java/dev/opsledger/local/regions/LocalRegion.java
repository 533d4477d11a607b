package dev.opsledger.local.regions;

import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.health.summary.HealthSummaryReadModel;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.WriteLeases;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryWriteLeases;
import dev.opsledger.inmemory.RecordingAlertNotifier;
import dev.opsledger.inmemory.RecordingEventPublisher;
import dev.opsledger.inmemory.fault.FaultInjectingEventStore;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.simulation.ChangeStreamTap;

/**
 * One region as the server runs it: its table and read models behind its faults, its change stream, and
 * the bus, alert topic and metrics it would use in AWS, as recording twins. Taking it dark cuts all of
 * them at once, as a regional outage does; its health checks see it and fail over.
 */
public final class LocalRegion {

    private final Region region;
    private final Faults faults = new Faults();
    private final ChangeStreamTap log;
    private final DoraReadModel doraModel;
    private final HealthSummaryReadModel healthSummary;
    private final RecordingEventPublisher publisher = new RecordingEventPublisher(faults);
    private final RecordingAlertNotifier notifier = new RecordingAlertNotifier(faults);
    private final LatestMetrics metrics = new LatestMetrics();
    private final InMemoryWriteLeases writeLeases = new InMemoryWriteLeases();

    LocalRegion(Region region, RegionTable table) {
        this.region = region;
        this.log = new ChangeStreamTap(new FaultInjectingEventStore(table.log(), faults));
        this.doraModel = new GatedDoraReadModel(table.doraModel(), faults);
        this.healthSummary = new GatedHealthSummary(table.healthSummary(), faults);
    }

    public Region region() {
        return region;
    }

    /** The region's event log, as every use case of the region sees it. */
    public EventStore log() {
        return log;
    }

    /** The region's write lease, which its API writes under and its health check renews. */
    public WriteLeases writeLeases() {
        return writeLeases;
    }

    public DoraReadModel doraModel() {
        return doraModel;
    }

    public HealthSummaryReadModel healthSummary() {
        return healthSummary;
    }

    public RecordingEventPublisher publisher() {
        return publisher;
    }

    public RecordingAlertNotifier notifier() {
        return notifier;
    }

    public LatestMetrics metrics() {
        return metrics;
    }

    /** Every call into the region fails until {@link #restore}, as when it is unreachable. */
    public void goDark() {
        faults.goDark();
    }

    public void restore() {
        faults.restore();
    }

    public boolean isDark() {
        return faults.isDark();
    }

    Faults faults() {
        return faults;
    }

    ChangeStreamTap changeStream() {
        return log;
    }
}
