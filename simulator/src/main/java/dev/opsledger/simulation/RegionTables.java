package dev.opsledger.simulation;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryEventStore;
import java.time.InstantSource;

/**
 * Where a run keeps the table of each region. Every call opens a new, empty table that stamps commits
 * with {@code clock} (the run's virtual clock). The simulator puts the region's faults and the delay of
 * its feed index in front of the table, so the table itself is expected to answer every call and to
 * show each commit on its feed as soon as it is acknowledged.
 */
@FunctionalInterface
public interface RegionTables {

    EventStore open(Region region, InstantSource clock);

    /** The default: each region's table in this process's memory. */
    static RegionTables inMemory() {
        return (region, clock) -> new InMemoryEventStore(clock);
    }
}
