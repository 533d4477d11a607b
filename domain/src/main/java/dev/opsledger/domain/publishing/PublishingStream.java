package dev.opsledger.domain.publishing;

import dev.opsledger.domain.shared.HourlyStream;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a region's publish checkpoints are recorded, in that region's own log: the series
 * {@code publishing:<region>}, one stream per hour ({@code publishing:<region>:<hour>}).
 */
public final class PublishingStream {

    public static final String STREAM_CATEGORY = "publishing";

    private PublishingStream() {
    }

    public static StreamId series(Region region) {
        Objects.requireNonNull(region, "region");
        return StreamId.of(STREAM_CATEGORY, region.name());
    }

    /** The stream that holds the checkpoints the region's publisher records at {@code at}. */
    public static StreamId at(Region region, Instant at) {
        return HourlyStream.of(series(region), at).stream();
    }
}
