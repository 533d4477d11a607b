package dev.opsledger.aws.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.replication.ReplicateRegion;
import dev.opsledger.application.replication.ReplicationPass;
import java.util.ArrayList;
import java.util.List;

/** Runs a replicator's scheduled passes until one finds nothing left to apply. */
final class CatchUp {

    private static final int MAX_PASSES = 10;

    private CatchUp() {
    }

    static List<ReplicationPass> passes(ReplicateRegion replication) {
        List<ReplicationPass> passes = new ArrayList<>();
        do {
            passes.add(replication.replicateOnce());
            assertThat(passes.getLast().failure()).as("pass %d", passes.size()).isEmpty();
            assertThat(passes).as("passes before catching up").hasSizeLessThan(MAX_PASSES);
        } while (passes.getLast().applied() > 0);
        return passes;
    }
}
