package dev.opsledger.aws.replication;

import java.util.function.Supplier;

/**
 * Kills a replicator at its {@code fatalCall}-th call to either region's store, before the call reaches
 * DynamoDB or after DynamoDB did the work but before the replicator saw the answer (the nastier case: a
 * write landed that the dead process never acknowledged). A dead process makes no further calls.
 */
final class KillSwitch {

    private final long fatalCall;
    private final boolean afterTheCall;
    private long calls;
    private boolean dead;

    private KillSwitch(long fatalCall, boolean afterTheCall) {
        this.fatalCall = fatalCall;
        this.afterTheCall = afterTheCall;
    }

    static KillSwitch never() {
        return new KillSwitch(Long.MAX_VALUE, false);
    }

    static KillSwitch at(long fatalCall, boolean afterTheCall) {
        if (fatalCall < 1) {
            throw new IllegalArgumentException("calls are counted from 1, was " + fatalCall);
        }
        return new KillSwitch(fatalCall, afterTheCall);
    }

    <T> T call(String what, Supplier<T> call) {
        if (dead) {
            throw new Killed("a killed replicator tried to " + what);
        }
        calls++;
        if (calls == fatalCall && !afterTheCall) {
            throw kill("before", what);
        }
        T result = call.get();
        if (calls == fatalCall) {
            throw kill("after", what);
        }
        return result;
    }

    private Killed kill(String when, String what) {
        dead = true;
        return new Killed("killed " + when + " call " + calls + " (" + what + ")");
    }
}
