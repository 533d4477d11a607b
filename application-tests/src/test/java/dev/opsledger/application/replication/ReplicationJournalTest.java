package dev.opsledger.application.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.replication.ReplicationCommand.RecordBatch;
import dev.opsledger.domain.shared.LogPosition;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplicationJournalTest {

    private final TwoRegions regions = new TwoRegions();

    @Test
    void a_slow_pass_finishing_after_a_faster_one_keeps_the_newer_checkpoint() {
        LogPosition older = regions.startDeployment(regions.primary, "d1").position();
        LogPosition newer = regions.startDeployment(regions.primary, "d2").position();
        ReplicationJournal slowPass = new ReplicationJournal(regions.secondary, TwoRegions.ROUTE);
        ReplicationJournal fastPass = new ReplicationJournal(regions.secondary, TwoRegions.ROUTE);
        slowPass.checkpoint();

        fastPass.record(batchUpTo(newer));
        slowPass.record(batchUpTo(older));

        assertThat(new ReplicationJournal(regions.secondary, TwoRegions.ROUTE).checkpoint()).isEqualTo(newer);
    }

    private RecordBatch batchUpTo(LogPosition checkpoint) {
        return new RecordBatch(TwoRegions.ROUTE, 1, checkpoint, Duration.ZERO, regions.clock.instant());
    }
}
