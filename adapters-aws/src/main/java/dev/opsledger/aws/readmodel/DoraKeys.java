package dev.opsledger.aws.readmodel;

import dev.opsledger.application.dora.DoraShelf;
import dev.opsledger.domain.shared.StreamId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The partition keys of the DORA read model's items. All start with {@code rm:dora:} and none carries
 * the feed index's attribute, so they stay out of the feed. Service and environment are URL-encoded,
 * so that no name can forge another's key with a {@code |} or a {@code :}.
 */
final class DoraKeys {

    private static final String PREFIX = ReadModelItems.PREFIX + "dora:";

    private DoraKeys() {
    }

    static String stream(StreamId stream) {
        return PREFIX + "stream:" + stream;
    }

    /** One partition per shelf: its items' {@code sk} is the instant they sit at. */
    static String shelf(DoraShelf shelf) {
        return PREFIX + shelf.kind().name().toLowerCase(Locale.ROOT) + ":" + encode(shelf.service()) + "|" + encode(shelf.environment());
    }

    static String services(String environment) {
        return PREFIX + "services:" + encode(environment);
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }
}
