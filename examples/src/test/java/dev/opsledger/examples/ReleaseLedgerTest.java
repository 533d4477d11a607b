package dev.opsledger.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.fencing.RegionFenced;
import dev.opsledger.application.publishing.PublishPass;
import dev.opsledger.application.recording.Recorded;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.dora.DoraReport;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.examples.FakeChatWebhook.Post;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.RecordingMetricsRecorder;
import dev.opsledger.inmemory.dora.InMemoryDoraReadModel;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The team's service offline: OpsLedger's in-memory twins behind every port but the team's own publisher. */
class ReleaseLedgerTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");

    private final VirtualClock clock = new VirtualClock(MONDAY);
    private final InMemoryEventStore store = new InMemoryEventStore(clock);
    private final InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(Region.US_EAST_1, 0));
    private final FakeChatWebhook chat = new FakeChatWebhook();
    private final ReleaseLedger ledger = new ReleaseLedger(Region.US_EAST_1, store, router, new InMemoryDoraReadModel(),
            new ChatWebhookPublisher(chat.uri(), Duration.ofSeconds(5)), new RecordingMetricsRecorder(), clock);

    @AfterEach
    void stopChat() {
        chat.close();
    }

    @Test
    void reports_the_dora_metrics_of_what_ci_and_on_call_recorded() {
        deployed("run-1", 1, DeploymentOutcome.SUCCEEDED);
        deployed("run-2", 2, DeploymentOutcome.SUCCEEDED);
        clock.set(at(2, 10));
        ledger.incidentOpened("inc-7", "checkout", "production", Severity.HIGH, at(2, 10));
        clock.set(at(2, 11));
        ledger.incidentResolved("inc-7", at(2, 11));

        DoraReport week = ledger.doraReport("checkout", "production", MONDAY, MONDAY.plus(Duration.ofDays(7)));

        assertThat(week.deploymentFrequency().deployments()).isEqualTo(2);
        assertThat(week.leadTime().median()).contains(Duration.ofHours(2));
        assertThat(week.changeFailureRate().failedDeployments()).isEqualTo(1);
        assertThat(week.timeToRestore().median()).contains(Duration.ofHours(1));
    }

    @Test
    void a_ci_job_that_reports_the_same_run_twice_records_it_once() {
        Recorded first = deployed("run-1", 1, DeploymentOutcome.SUCCEEDED);
        Recorded again = deployed("run-1", 1, DeploymentOutcome.SUCCEEDED);

        assertThat(again.alreadyRecorded()).isTrue();
        assertThat(again.events()).isEqualTo(first.events());
    }

    @Test
    void announces_what_was_recorded_in_the_chat() {
        deployed("run-1", 1, DeploymentOutcome.SUCCEEDED);

        PublishPass pass = ledger.announcePending();

        assertThat(pass.caughtUp()).isTrue();
        assertThat(chat.accepted()).extracting(Post::body).containsExactly(
                "{\"text\":\"checkout 1.4.1 is deploying to production (run-1)\"}",
                "{\"text\":\"deployment run-1 succeeded\"}");
    }

    @Test
    void announces_again_after_the_chat_refused_so_nothing_is_lost() {
        deployed("run-1", 1, DeploymentOutcome.SUCCEEDED);
        chat.refuseNext(1);

        assertThat(ledger.announcePending().caughtUp()).isFalse();
        assertThat(ledger.announcePending().caughtUp()).isTrue();

        List<String> startedThenFinished = idempotencyKeysOf("run-1");
        assertThat(chat.accepted()).extracting(Post::idempotencyKey).containsExactly(
                startedThenFinished.get(1), startedThenFinished.get(0), startedThenFinished.get(1));
    }

    @Test
    void refuses_writes_while_another_region_is_active() {
        router.promote(Region.US_WEST_2, 0);

        assertThatThrownBy(() -> deployed("run-1", 1, DeploymentOutcome.SUCCEEDED)).isInstanceOf(RegionFenced.class);
    }

    private Recorded deployed(String runId, int day, DeploymentOutcome outcome) {
        clock.set(at(day, 9));
        return ledger.deployed(runId, "checkout", "production", "1.4." + day,
                List.of(new Change("c0ffee0" + day, at(day, 7))), at(day, 8), at(day, 9), outcome);
    }

    private List<String> idempotencyKeysOf(String runId) {
        DeploymentId deployment = new DeploymentId(runId);
        return store.readStream(deployment.stream()).stream().map(event -> event.stream() + "/" + event.id()).toList();
    }

    private static Instant at(int day, int hour) {
        return MONDAY.plus(Duration.ofDays(day - 1)).plusSeconds(hour * 3600L);
    }
}
