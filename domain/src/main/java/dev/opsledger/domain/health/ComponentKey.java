package dev.opsledger.domain.health;

import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.util.Locale;
import java.util.Objects;

/** One component in one region: the identity of a health stream. */
public record ComponentKey(Region region, Component component) {

    public static final String STREAM_CATEGORY = "health";

    public ComponentKey {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(component, "component");
    }

    public StreamId stream() {
        return StreamId.of(STREAM_CATEGORY, region.name() + ":" + component.name().toLowerCase(Locale.ROOT));
    }
}
