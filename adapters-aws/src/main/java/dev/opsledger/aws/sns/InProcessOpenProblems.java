package dev.opsledger.aws.sns;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Open problems remembered by this process only: a fresh container notifies again. */
public final class InProcessOpenProblems implements OpenProblems {

    private final Set<String> open = ConcurrentHashMap.newKeySet();

    @Override
    public boolean open(String problemKey) {
        return open.add(Objects.requireNonNull(problemKey, "problemKey"));
    }

    @Override
    public boolean close(String problemKey) {
        return open.remove(Objects.requireNonNull(problemKey, "problemKey"));
    }
}
