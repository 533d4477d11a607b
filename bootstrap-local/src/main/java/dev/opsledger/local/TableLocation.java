package dev.opsledger.local;

import dev.opsledger.domain.shared.Region;
import java.net.URI;
import java.util.Optional;

/** A region's event table that a command works on: in a region of AWS, or on a DynamoDB server. */
record TableLocation(String table, Region region, Optional<URI> server) {

    /** Where the table is, as messages say it: {@code in us-east-1} or {@code on http://localhost:4567}. */
    String where() {
        return server.map(endpoint -> "on " + endpoint).orElse("in " + region);
    }

    @Override
    public String toString() {
        return table + " " + where();
    }
}
