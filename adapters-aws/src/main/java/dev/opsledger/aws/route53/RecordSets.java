package dev.opsledger.aws.route53;

import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.util.Locale;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeBatch;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.ResourceRecordSetFailover;

/**
 * The record sets behind one failover name: the fence TXT record {@code _active.<name>} whose value is
 * {@code "<region> <epoch>"} (quoted, as Route 53 stores TXT values), and the PRIMARY and SECONDARY
 * CNAME records of {@code <name>}.
 */
final class RecordSets {

    /** The failover records keep the TTL the stacks give them: the one the RTO was measured with. */
    private static final long FAILOVER_TTL_SECONDS = FailoverSchedule.AS_DEPLOYED.dnsTtl().toSeconds();
    private static final String PRIMARY_ID = "primary";
    private static final String SECONDARY_ID = "secondary";

    private final String recordName;
    private final String fenceName;

    RecordSets(String recordName) {
        this.recordName = recordName;
        this.fenceName = "_active." + recordName;
    }

    String fenceName() {
        return fenceName;
    }

    boolean isFence(ResourceRecordSet recordSet) {
        return recordSet.type() == RRType.TXT && normalised(recordSet.name()).equals(normalised(fenceName));
    }

    static ActiveRegion activeRegionOf(ResourceRecordSet fence) {
        String value = fence.resourceRecords().stream().map(ResourceRecord::value).findFirst().orElse("");
        String[] regionAndEpoch = value.replace("\"", "").strip().split(" ");
        try {
            if (regionAndEpoch.length != 2) {
                throw new IllegalArgumentException("not two words");
            }
            return new ActiveRegion(new Region(regionAndEpoch[0]), Long.parseLong(regionAndEpoch[1]));
        } catch (IllegalArgumentException malformed) {
            throw new IllegalStateException("active-region record " + fence.name() + " holds '" + value
                    + "', expected \"<region> <epoch>\"", malformed);
        }
    }

    /** The batch that replaces {@code currentFence}, exactly as read, by the fence of {@code promoted}. */
    ChangeBatch promotion(ResourceRecordSet currentFence, ActiveRegion promoted, String activeTarget, String standbyTarget) {
        return ChangeBatch.builder()
                .comment("promote " + promoted.region() + " at epoch " + promoted.epoch())
                .changes(
                        change(ChangeAction.DELETE, currentFence),
                        change(ChangeAction.CREATE, fence(promoted)),
                        change(ChangeAction.UPSERT, failover(PRIMARY_ID, ResourceRecordSetFailover.PRIMARY, activeTarget)),
                        change(ChangeAction.UPSERT, failover(SECONDARY_ID, ResourceRecordSetFailover.SECONDARY, standbyTarget)))
                .build();
    }

    static String fenceValue(ActiveRegion activeRegion) {
        return "\"" + activeRegion.region().name() + " " + activeRegion.epoch() + "\"";
    }

    private ResourceRecordSet fence(ActiveRegion activeRegion) {
        return ResourceRecordSet.builder()
                .name(fenceName).type(RRType.TXT).ttl(Route53TrafficRouter.FENCE_TTL_SECONDS)
                .resourceRecords(ResourceRecord.builder().value(fenceValue(activeRegion)).build())
                .build();
    }

    private ResourceRecordSet failover(String setIdentifier, ResourceRecordSetFailover role, String target) {
        return ResourceRecordSet.builder()
                .name(recordName).type(RRType.CNAME).ttl(FAILOVER_TTL_SECONDS)
                .setIdentifier(setIdentifier).failover(role)
                .resourceRecords(ResourceRecord.builder().value(target).build())
                .build();
    }

    private static Change change(ChangeAction action, ResourceRecordSet recordSet) {
        return Change.builder().action(action).resourceRecordSet(recordSet).build();
    }

    private static String normalised(String dnsName) {
        String lower = dnsName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
