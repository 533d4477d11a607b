package dev.opsledger.aws.wiring;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** A value built on first use, once, whichever threads ask: what a Lambda container keeps between invocations. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> build;
    private volatile T value;

    Lazy(Supplier<? extends T> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public T get() {
        T known = value;
        if (known == null) {
            synchronized (this) {
                known = value;
                if (known == null) {
                    known = Objects.requireNonNull(build.get(), "a lazy value was built as null");
                    value = known;
                }
            }
        }
        return known;
    }

    /** The value if it was built, without building it. */
    Optional<T> ifBuilt() {
        return Optional.ofNullable(value);
    }
}
