package dev.opsledger.application.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.replication.ReplicationCommand.RecordBatch;
import dev.opsledger.domain.replication.ReplicationCommand.ReportFailure;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationCarriedForward;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplicationJournalTest {

    private final TwoRegions regions = new TwoRegions();

    @Test
    void a_slow_pass_finishing_after_a_faster_one_keeps_the_newer_checkpoint() {
        LogPosition older = regions.startDeployment(regions.primary, "d1").position();
        LogPosition newer = regions.startDeployment(regions.primary, "d2").position();
        ReplicationJournal slowPass = new ReplicationJournal(regions.secondary, TwoRegions.ROUTE, regions.clock);
        ReplicationJournal fastPass = new ReplicationJournal(regions.secondary, TwoRegions.ROUTE, regions.clock);
        slowPass.checkpoint();

        fastPass.record(batchUpTo(newer));
        slowPass.record(batchUpTo(older));

        assertThat(new ReplicationJournal(regions.secondary, TwoRegions.ROUTE, regions.clock).checkpoint()).isEqualTo(newer);
    }

    @Test
    void a_new_hour_opens_its_stream_with_the_journal_carried_forward_and_a_cold_reader_needs_only_that_hour() {
        LogPosition first = regions.startDeployment(regions.primary, "d1").position();
        ReplicationJournal journal = new ReplicationJournal(regions.secondary, TwoRegions.ROUTE, regions.clock);
        journal.record(batchUpTo(first));
        journal.record(new ReportFailure(TwoRegions.ROUTE, "source throttled", regions.clock.instant()));
        StreamId firstHour = TwoRegions.ROUTE.streamAt(regions.clock.instant());
        regions.clock.advance(Duration.ofHours(1));
        LogPosition second = regions.startDeployment(regions.primary, "d2").position();

        journal.record(batchUpTo(second));

        StreamId nextHour = TwoRegions.ROUTE.streamAt(regions.clock.instant());
        assertThat(nextHour).isNotEqualTo(firstHour);
        assertThat(regions.secondary.readStream(nextHour)).extracting(RecordedEvent::event).first()
                .isInstanceOfSatisfying(ReplicationCarriedForward.class, carried -> {
                    assertThat(carried.checkpoint()).isEqualTo(first);
                    assertThat(carried.consecutiveFailures()).isEqualTo(1);
                });
        assertThat(new ReplicationJournal(regions.secondary, TwoRegions.ROUTE, regions.clock).checkpoint()).isEqualTo(second);
    }

    @Test
    void a_journal_silent_for_longer_than_the_look_back_starts_again_from_the_start_of_the_log() {
        ReplicationJournal journal = new ReplicationJournal(regions.secondary, TwoRegions.ROUTE, regions.clock);
        journal.record(batchUpTo(regions.startDeployment(regions.primary, "d1").position()));

        regions.clock.advance(Duration.ofHours(ReplicationJournal.ROTATION.lookBackHours()));
        LogPosition withinTheLookBack = new ReplicationJournal(regions.secondary, TwoRegions.ROUTE, regions.clock).checkpoint();
        regions.clock.advance(Duration.ofHours(1));

        assertThat(withinTheLookBack).isNotEqualTo(LogPosition.START);
        assertThat(new ReplicationJournal(regions.secondary, TwoRegions.ROUTE, regions.clock).checkpoint())
                .isEqualTo(LogPosition.START);
    }

    private RecordBatch batchUpTo(LogPosition checkpoint) {
        return new RecordBatch(TwoRegions.ROUTE, 1, checkpoint, Duration.ZERO, regions.clock.instant());
    }
}
