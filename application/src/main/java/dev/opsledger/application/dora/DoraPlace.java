package dev.opsledger.application.dora;

import java.time.Instant;
import java.util.Objects;

/** Where on a shelf an entry sits: the item at {@code at}, which it shares with any entry at the same instant. */
public record DoraPlace(DoraShelf shelf, Instant at) {

    public DoraPlace {
        Objects.requireNonNull(shelf, "shelf");
        Objects.requireNonNull(at, "at");
    }
}
