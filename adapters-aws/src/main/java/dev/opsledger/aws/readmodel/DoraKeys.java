package dev.opsledger.aws.readmodel;

import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.shared.StreamId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The partition keys of the DORA read model's items. All start with {@code rm:dora:} and none carries
 * the feed index's attribute, so they stay out of the feed. Service and environment are URL-encoded,
 * so that no name can forge another's key with a {@code |} or a {@code :}.
 */
final class DoraKeys {

    private static final String PREFIX = ReadModelItems.PREFIX + "dora:";

    private DoraKeys() {
    }

    static String partition(String service, String environment) {
        return encode(service) + "|" + encode(environment);
    }

    /** A day's parts share this key, one for every service of the environment; {@code sk} numbers the part. */
    static String day(String environment, Instant at) {
        return day(environment, LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    static String day(String environment, LocalDate day) {
        return PREFIX + "day:" + encode(environment) + ":" + day;
    }

    static String stream(StreamId stream) {
        return PREFIX + "stream:" + stream;
    }

    static String link(DeploymentId deployment) {
        return PREFIX + "link:" + encode(deployment.value());
    }

    /** Commit shas are lowercase hex, so they need no encoding. */
    static String delivery(String partition, String sha) {
        return PREFIX + "delivery:" + partition + ":" + sha;
    }

    static String successesByFinish(String partition) {
        return PREFIX + "succeeded:" + partition;
    }

    static String unattributedByOpening(String partition) {
        return PREFIX + "unattributed:" + partition;
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }
}
