package dev.opsledger.application.health.summary;

import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.Objects;

/**
 * The active region and its fencing epoch. While a failover or failback is under way ({@code switching}),
 * {@code region} is the region taking over and no region accepts writes; {@code since} is when the
 * switch began or completed.
 */
public record ActiveRegionSummary(Region region, long epoch, boolean switching, Instant since) {

    public ActiveRegionSummary {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(since, "since");
    }
}
