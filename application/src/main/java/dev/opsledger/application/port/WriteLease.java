package dev.opsledger.application.port;

import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.Objects;

/**
 * What a region's table last learnt from the router: which region is active at which epoch, and the time
 * within which that answer may stand in for asking again. The API of a region writes only while its lease
 * names it, has started and has not expired, so it never asks the router itself.
 *
 * <p>Why two regions never write at once: a lease expires one lease length after the moment before the
 * router was read, so every lease naming the old active region has expired one lease length after a
 * promotion. A region that learns of a promotion (a newer epoch naming it) starts writing only one lease
 * length after it learnt of it, by then every older lease has expired.
 *
 * @param holder       the active region and its epoch, as the router answered
 * @param writableFrom when the holder may start writing under this epoch
 * @param expiresAt    when the answer stops standing in for the router
 */
public record WriteLease(ActiveRegion holder, Instant writableFrom, Instant expiresAt) {

    public WriteLease {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(writableFrom, "writableFrom");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether {@code region} may write at {@code now} under this lease. */
    public boolean admits(Region region, Instant now) {
        return names(region) && !now.isBefore(writableFrom) && now.isBefore(expiresAt);
    }

    /**
     * Whether the lease names {@code region} as the active one, whatever its times: what decides work that is
     * safe to repeat, such as publishing from the log, which must not wait for a lease to start.
     */
    public boolean names(Region region) {
        return holder.admitsWritesIn(region);
    }

    /** Whether this lease should replace {@code stored}: a newer epoch, or the same epoch confirmed later. */
    public boolean supersedes(WriteLease stored) {
        return holder.epoch() > stored.holder().epoch()
                || holder.epoch() == stored.holder().epoch() && expiresAt.isAfter(stored.expiresAt());
    }
}
