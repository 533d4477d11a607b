package dev.opsledger.application.port;

import java.util.Optional;

/**
 * A region's own record of who may write, kept in its table (one item on AWS) so that its API reads it with
 * the client it has anyway, instead of asking the router on every write.
 *
 * <p>Contract: {@link #current} reads the latest recorded lease, strongly. {@link #record} keeps the lease
 * that {@linkplain WriteLease#supersedes supersedes} the stored one and leaves a stored lease that is newer
 * untouched, whatever order concurrent writers reach the store in: an epoch never goes back, and a lease of
 * the same epoch never expires sooner than one already stored.
 */
public interface WriteLeases {

    Optional<WriteLease> current();

    void record(WriteLease lease);
}
