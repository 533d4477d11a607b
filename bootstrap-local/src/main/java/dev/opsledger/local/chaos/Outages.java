package dev.opsledger.local.chaos;

import dev.opsledger.domain.shared.Region;
import dev.opsledger.local.regions.LocalRegions;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Regions taken dark on request, each restored when its outage ends. A second outage of a region already
 * dark replaces the first: the region comes back when the later request says.
 */
public final class Outages implements AutoCloseable {

    private final LocalRegions regions;
    private final InstantSource clock;
    private final ScheduledExecutorService restorer = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "opsledger-outage-end");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Region, ScheduledFuture<?>> endings = new HashMap<>();
    private final Map<Region, Instant> darkUntil = new TreeMap<>();

    public Outages(LocalRegions regions, InstantSource clock) {
        this.regions = regions;
        this.clock = clock;
    }

    /** Whether {@code region} is one of the two this process runs. */
    public boolean runs(Region region) {
        return region.equals(regions.primary().region()) || region.equals(regions.secondary().region());
    }

    /** Takes {@code region} dark now, for {@code length}; answers when it will be restored. */
    public synchronized Instant takeDark(Region region, Duration length) {
        if (!runs(region)) {
            throw new IllegalArgumentException("this process runs no region " + region);
        }
        ScheduledFuture<?> earlier = endings.remove(region);
        if (earlier != null) {
            earlier.cancel(false);
        }
        regions.named(region).goDark();
        Instant until = clock.instant().plus(length);
        darkUntil.put(region, until);
        endings.put(region, restorer.schedule(() -> end(region), length.toMillis(), TimeUnit.MILLISECONDS));
        return until;
    }

    /** The regions dark now, each with the end of its outage. */
    public synchronized Map<Region, Instant> dark() {
        return Map.copyOf(darkUntil);
    }

    private synchronized void end(Region region) {
        regions.named(region).restore();
        darkUntil.remove(region);
        endings.remove(region);
    }

    /** Stops the timers; a region still dark stays so, as the process is stopping anyway. */
    @Override
    public void close() {
        restorer.shutdownNow();
    }
}
