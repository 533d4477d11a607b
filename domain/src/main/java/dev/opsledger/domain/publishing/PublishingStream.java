package dev.opsledger.domain.publishing;

import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.util.Objects;

/** Where a region's publish checkpoints are recorded: {@code publishing:<region>}, in that region's own log. */
public final class PublishingStream {

    public static final String STREAM_CATEGORY = "publishing";

    private PublishingStream() {
    }

    public static StreamId of(Region region) {
        Objects.requireNonNull(region, "region");
        return StreamId.of(STREAM_CATEGORY, region.name());
    }
}
