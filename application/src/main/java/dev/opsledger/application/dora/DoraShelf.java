package dev.opsledger.application.dora;

import java.util.Objects;

/**
 * A sequence of entries of one service in one environment, ordered by an instant: what one store item
 * partition holds, read by ranges of that instant. A service's report reads its own shelves only.
 */
public record DoraShelf(Kind kind, String service, String environment) {

    public enum Kind {
        /** Successful deployments by finish, each with the incidents that explicitly blame it. */
        SUCCEEDED,
        /** Failed or rolled-back deployments by finish (with their blamers), and incidents by opening. */
        OTHERS,
        /**
         * Successful deployments again, by the commit time of each change they shipped before it was committed
         * (clock skew): the only deliveries a look-back from a change's commit time would miss.
         */
        EARLY
    }

    public DoraShelf {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(environment, "environment");
    }
}
