package dev.opsledger.cdk;

import dev.opsledger.domain.shared.Region;
import java.util.List;
import software.amazon.awscdk.services.apigateway.DomainName;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.SecurityPolicy;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.ApiGatewayDomain;
import software.constructs.Construct;

/**
 * The region's API under two names: the public one, which the failover records send to whichever region is
 * active (so the API must accept it in both), and {@code <region>.<name>}, which always reaches this region
 * and is what the failover records and the health probes point at.
 */
final class RegionalApiDomain extends Construct {

    RegionalApiDomain(Construct scope, String id, DnsSettings dns, Region region, RestApi api) {
        super(scope, id);
        IHostedZone zone = HostedZone.fromHostedZoneAttributes(this, "Zone", HostedZoneAttributes.builder()
                .hostedZoneId(dns.hostedZoneId()).zoneName(dns.hostedZoneName()).build());
        String regionalName = dns.regionalName(region.name());
        Certificate certificate = Certificate.Builder.create(this, "Certificate")
                .domainName(dns.recordName())
                .subjectAlternativeNames(List.of(regionalName))
                .validation(CertificateValidation.fromDns(zone))
                .build();
        domain("Public", dns.recordName(), certificate, api);
        DomainName regional = domain("Regional", regionalName, certificate, api);
        ARecord.Builder.create(this, "RegionalRecord")
                .zone(zone)
                .recordName(regionalName)
                .target(RecordTarget.fromAlias(new ApiGatewayDomain(regional)))
                .build();
    }

    private DomainName domain(String id, String name, Certificate certificate, RestApi api) {
        DomainName domain = DomainName.Builder.create(this, id)
                .domainName(name)
                .certificate(certificate)
                .endpointType(EndpointType.REGIONAL)
                .securityPolicy(SecurityPolicy.TLS_1_2)
                .build();
        domain.addBasePathMapping(api);
        return domain;
    }
}
