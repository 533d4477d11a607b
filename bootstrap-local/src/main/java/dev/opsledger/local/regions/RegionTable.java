package dev.opsledger.local.regions;

import dev.opsledger.application.dora.DoraReadModel;
import dev.opsledger.application.port.EventStore;
import java.util.Objects;

/** A region's table: its event log and the DORA read model kept beside it. */
public record RegionTable(EventStore log, DoraReadModel doraModel) {

    public RegionTable {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(doraModel, "doraModel");
    }
}
