package dev.opsledger.aws.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two dynalite servers as two regions, the replicator killed at random points: whatever the seed, once a
 * replicator is left to finish, the regions hold the same history, nothing lost and nothing twice.
 */
class ReplicatorKilledAtRandomPointsTest {

    private static final int ROUNDS = 6;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 50);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void converges_with_no_commit_lost_or_duplicated(long seed) {
        KilledReplicatorScenario scenario = new KilledReplicatorScenario(seed);

        scenario.run(ROUNDS);
        scenario.catchUp();

        ReplicationAudit audit = scenario.audit();
        assertThat(scenario.kills()).as("replicators killed").isPositive();
        assertThat(scenario.streamedCommits()).as("commits delivered by the change stream").isPositive();
        assertThat(audit.sourceCommits()).isPositive();
        assertThat(audit.lost()).as("lost").isEmpty();
        assertThat(audit.duplicated()).as("duplicated").isEmpty();
        assertThat(audit.divergent()).as("streams whose digests differ").isEmpty();
        assertThat(scenario.divergenceRecorded()).isEmpty();
        assertThat(scenario.notifier().sent()).isEmpty();
    }
}
