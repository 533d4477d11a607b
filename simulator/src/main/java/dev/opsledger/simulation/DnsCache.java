package dev.opsledger.simulation;

import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * One client's resolver cache: the region the failover record named when last asked, kept for the TTL.
 * Clients start with answers of random age, so their caches do not all expire at the same instant.
 */
final class DnsCache {

    private final TrafficRouter router;
    private final Duration ttl;
    private Region answer;
    private Instant expiresAt;

    DnsCache(TrafficRouter router, Duration ttl, Instant start, SplittableRandom random) {
        this.router = router;
        this.ttl = ttl;
        this.answer = router.activeRegion().region();
        this.expiresAt = ttl.isZero() ? start : start.plusMillis(random.nextLong(ttl.toMillis()));
    }

    Region resolve(Instant now) {
        if (!now.isBefore(expiresAt)) {
            answer = router.activeRegion().region();
            expiresAt = now.plus(ttl);
        }
        return answer;
    }
}
