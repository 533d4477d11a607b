package dev.opsledger.aws.route53;

import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.InvalidChangeBatchException;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Route 53 as the authority for the active region and its fencing epoch.
 *
 * <p>The TXT record {@code _active.<recordName>} holds {@code "<region> <epoch>"}. A promotion reads it
 * and submits one change batch that DELETEs exactly the value read, CREATEs the next one and UPSERTs the
 * failover records of {@code recordName} (PRIMARY to the promoted region's target, SECONDARY to the
 * other). Route 53 applies a batch all or nothing and refuses a DELETE whose value does not match with
 * {@code InvalidChangeBatch}: a compare-and-set that two regions cannot both win. The loser re-reads
 * and either finds its own promotion (a retry) or reports who won.
 *
 * <p>The TXT record must exist before the first call (the stack creates it at epoch 0).
 */
public final class Route53TrafficRouter implements TrafficRouter {

    /**
     * The fence record's TTL. A promotion deletes the fence by its exact value, TTL included, so whoever creates
     * the record (the stack) must use this one; only the API reads the record, never a resolver.
     */
    public static final long FENCE_TTL_SECONDS = 60;

    private final Route53Client client;
    private final String hostedZoneId;
    private final RecordSets records;
    private final Map<Region, String> regionalTargets;

    public Route53TrafficRouter(Route53Client client, String hostedZoneId, String recordName,
            Map<Region, String> regionalTargets) {
        this.client = Objects.requireNonNull(client, "client");
        this.hostedZoneId = Objects.requireNonNull(hostedZoneId, "hostedZoneId");
        this.records = new RecordSets(Objects.requireNonNull(recordName, "recordName"));
        this.regionalTargets = Map.copyOf(regionalTargets);
        if (this.regionalTargets.size() != 2) {
            throw new IllegalArgumentException("failover needs exactly two regional targets, got " + regionalTargets.keySet());
        }
    }

    @Override
    public ActiveRegion activeRegion() {
        return RecordSets.activeRegionOf(readFence());
    }

    @Override
    public ActiveRegion promote(Region region, long expectedEpoch) {
        Region standby = otherThan(region);
        ResourceRecordSet fence = readFence();
        ActiveRegion current = RecordSets.activeRegionOf(fence);
        if (current.epoch() != expectedEpoch) {
            return retriedOrRefused(current, region, expectedEpoch);
        }
        ActiveRegion promoted = new ActiveRegion(region, expectedEpoch + 1);
        try {
            call(() -> client.changeResourceRecordSets(request -> request
                    .hostedZoneId(hostedZoneId)
                    .changeBatch(records.promotion(fence, promoted, regionalTargets.get(region), regionalTargets.get(standby)))));
            return promoted;
        } catch (InvalidChangeBatchException lostTheRace) {
            ActiveRegion now = activeRegion();
            if (now.epoch() == expectedEpoch) {
                throw new IllegalStateException("Route 53 refused promoting " + region + " although " + now.region()
                        + " is still active at epoch " + expectedEpoch + ": " + lostTheRace.getMessage(), lostTheRace);
            }
            return retriedOrRefused(now, region, expectedEpoch);
        }
    }

    private static ActiveRegion retriedOrRefused(ActiveRegion current, Region region, long expectedEpoch) {
        if (current.equals(new ActiveRegion(region, expectedEpoch + 1))) {
            return current;
        }
        throw new IllegalStateException("cannot promote " + region + " from epoch " + expectedEpoch + ": "
                + current.region() + " is active at epoch " + current.epoch());
    }

    private Region otherThan(Region region) {
        if (!regionalTargets.containsKey(region)) {
            throw new IllegalArgumentException("no target for " + region + ", only for " + regionalTargets.keySet());
        }
        return regionalTargets.keySet().stream().filter(other -> !other.equals(region)).findFirst().orElseThrow();
    }

    private ResourceRecordSet readFence() {
        List<ResourceRecordSet> found = call(() -> client.listResourceRecordSets(request -> request
                .hostedZoneId(hostedZoneId)
                .startRecordName(records.fenceName())
                .startRecordType(RRType.TXT)
                .maxItems("1"))).resourceRecordSets();
        return found.stream().filter(records::isFence).findFirst()
                .orElseThrow(() -> new IllegalStateException("no active-region record " + records.fenceName()
                        + " in hosted zone " + hostedZoneId + ": the stack creates it at epoch 0"));
    }

    private <T> T call(Supplier<T> route53Call) {
        try {
            return route53Call.get();
        } catch (InvalidChangeBatchException lostTheRace) {
            throw lostTheRace;
        } catch (AwsServiceException e) {
            throw new ServiceUnavailable("Route 53 refused a call on hosted zone " + hostedZoneId + ": "
                    + e.getMessage(), e.isThrottlingException());
        } catch (SdkException e) {
            throw new ServiceUnavailable("Route 53 unreachable for hosted zone " + hostedZoneId, e);
        }
    }
}
