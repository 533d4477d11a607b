package dev.opsledger.domain.health;

import dev.opsledger.domain.shared.HourlyStream;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One component in one region: the identity of a series of health streams, one per hour
 * ({@code health:<region>:<component>:<hour>}).
 */
public record ComponentKey(Region region, Component component) {

    public static final String STREAM_CATEGORY = "health";

    public ComponentKey {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(component, "component");
    }

    public StreamId series() {
        return StreamId.of(STREAM_CATEGORY, region.name() + ":" + component.name().toLowerCase(Locale.ROOT));
    }

    /** The health stream that holds a check made at {@code at}. */
    public StreamId streamAt(Instant at) {
        return HourlyStream.of(series(), at).stream();
    }
}
