package dev.opsledger.inmemory;

import dev.opsledger.application.port.WriteLease;
import dev.opsledger.application.port.WriteLeases;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** A region's write lease as one register that only a superseding lease replaces. */
public final class InMemoryWriteLeases implements WriteLeases {

    private final AtomicReference<WriteLease> lease = new AtomicReference<>();

    @Override
    public Optional<WriteLease> current() {
        return Optional.ofNullable(lease.get());
    }

    @Override
    public void record(WriteLease renewed) {
        Objects.requireNonNull(renewed, "renewed");
        lease.accumulateAndGet(renewed, (stored, offered) -> stored == null || offered.supersedes(stored) ? offered : stored);
    }
}
