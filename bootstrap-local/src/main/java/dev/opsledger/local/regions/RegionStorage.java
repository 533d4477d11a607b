package dev.opsledger.local.regions;

import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryHealthSummaryReadModel;
import dev.opsledger.inmemory.dora.InMemoryDoraReadModel;
import java.time.InstantSource;

/**
 * Where the regions keep their tables. Opening a region's table twice in one process is not expected;
 * opening it in a later process may find what an earlier one wrote, when the storage outlives the process.
 */
@FunctionalInterface
public interface RegionStorage {

    RegionTable open(Region region, InstantSource clock);

    /** Each region's table in this process's memory, gone when it stops. */
    static RegionStorage inMemory() {
        return (region, clock) -> new RegionTable(new InMemoryEventStore(clock), new InMemoryDoraReadModel(),
                new InMemoryHealthSummaryReadModel());
    }
}
