package dev.opsledger.cdk;

import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.aws.route53.Route53TrafficRouter;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.Region;
import java.util.List;
import software.amazon.awscdk.services.route53.CfnRecordSet;
import software.constructs.Construct;

/**
 * The records {@code Route53TrafficRouter} reads and rewrites: the PRIMARY and SECONDARY failover CNAMEs of the
 * public name, with the schedule's DNS TTL, and the fence TXT record {@code _active.<name>} at epoch 0 with
 * the primary active. They carry no Route 53 health check: the router moves the PRIMARY role itself, with
 * the fence as compare-and-set, so DNS never decides on its own which region takes writes.
 *
 * <p>The set identifiers are the router's; after a failover the records differ from this template, and an
 * update of these resources would set them back, so they are changed only with both regions healthy.
 */
final class FailoverRecords extends Construct {

    static final String PRIMARY_ID = "primary";
    static final String SECONDARY_ID = "secondary";
    static final long INITIAL_EPOCH = 0;

    FailoverRecords(Construct scope, String id, DnsSettings dns, RegionPair regions, FailoverSchedule schedule) {
        super(scope, id);
        String ttl = Long.toString(schedule.dnsTtl().toSeconds());
        failover("Primary", dns, PRIMARY_ID, "PRIMARY", regions.primary(), ttl);
        failover("Secondary", dns, SECONDARY_ID, "SECONDARY", regions.secondary(), ttl);
        CfnRecordSet.Builder.create(this, "Fence")
                .hostedZoneId(dns.hostedZoneId())
                .name(dns.fenceName())
                .type("TXT")
                .ttl(Long.toString(Route53TrafficRouter.FENCE_TTL_SECONDS))
                .resourceRecords(List.of("\"" + regions.primary().name() + " " + INITIAL_EPOCH + "\""))
                .build();
    }

    private void failover(String id, DnsSettings dns, String setIdentifier, String role, Region target, String ttl) {
        CfnRecordSet.Builder.create(this, id)
                .hostedZoneId(dns.hostedZoneId())
                .name(dns.recordName())
                .type("CNAME")
                .ttl(ttl)
                .setIdentifier(setIdentifier)
                .failover(role)
                .resourceRecords(List.of(dns.regionalName(target.name())))
                .build();
    }
}
