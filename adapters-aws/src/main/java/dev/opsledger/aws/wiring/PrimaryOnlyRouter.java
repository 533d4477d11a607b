package dev.opsledger.aws.wiring;

import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;

/**
 * The router of a deployment without a hosted zone: no failover records, so the primary is active at epoch 0
 * for good, and a promotion is refused, naming what is missing.
 */
final class PrimaryOnlyRouter implements TrafficRouter {

    private final ActiveRegion primary;

    PrimaryOnlyRouter(Region primary) {
        this.primary = new ActiveRegion(primary, 0);
    }

    @Override
    public ActiveRegion activeRegion() {
        return primary;
    }

    @Override
    public ActiveRegion promote(Region region, long expectedEpoch) {
        throw new IllegalStateException("cannot promote " + region + ": failover needs a hosted zone ("
                + AwsSettings.HOSTED_ZONE_ID + " is not set), so " + primary.region() + " stays active");
    }
}
