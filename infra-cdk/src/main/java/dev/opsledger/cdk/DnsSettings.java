package dev.opsledger.cdk;

import java.util.Objects;

/**
 * The public name clients use and the zone it lives in.
 *
 * @param hostedZoneId   the Route 53 zone's id
 * @param hostedZoneName the zone's domain, e.g. {@code example.com}
 * @param recordName     the API's public name inside the zone, e.g. {@code opsledger.example.com}; each region's
 *                       API also answers at {@code <region>.<recordName>}, which the failover records point at
 */
public record DnsSettings(String hostedZoneId, String hostedZoneName, String recordName) {

    public DnsSettings {
        Objects.requireNonNull(hostedZoneId, "hostedZoneId");
        Objects.requireNonNull(hostedZoneName, "hostedZoneName");
        Objects.requireNonNull(recordName, "recordName");
        if (!recordName.endsWith("." + hostedZoneName)) {
            throw new IllegalArgumentException("the context value recordName (" + recordName
                    + ") must be a name inside the zone " + hostedZoneName);
        }
    }

    /** The name the region's own API answers at, whichever region is active. */
    public String regionalName(String region) {
        return region + "." + recordName;
    }

    /** The TXT record that holds the active region and its fencing epoch, which the traffic router compares and sets. */
    public String fenceName() {
        return "_active." + recordName;
    }
}
