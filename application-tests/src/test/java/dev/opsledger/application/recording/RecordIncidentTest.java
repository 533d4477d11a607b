package dev.opsledger.application.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.incident.IncidentCommand.AttributeIncident;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentEvent;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.contract.AppendCountingEventStore;
import dev.opsledger.inmemory.contract.RacingEventStore;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecordIncidentTest {

    private static final Instant OPENED = Instant.parse("2025-03-01T10:00:00Z");
    private static final IncidentId ID = new IncidentId("inc-7");

    private final InMemoryEventStore store = new InMemoryEventStore(new VirtualClock(OPENED));
    private final WriteFence fence =
            new WriteFence(Region.US_EAST_1, new InMemoryTrafficRouter(new ActiveRegion(Region.US_EAST_1, 0)));

    @Test
    void concurrent_recordings_on_one_incident_all_land() throws Exception {
        RecordIncident recordIncident = new RecordIncident(store, fence);
        recordIncident.handle("open", open());
        int writers = CommandHandler.MAX_ATTEMPTS;
        IntStream.range(0, writers).forEach(writer -> recordDeployment("deploy-" + writer));
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<CompletableFuture<Recorded>> results = IntStream.range(0, writers)
                    .mapToObj(writer -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return recordIncident.handle("blame-" + writer,
                                new AttributeIncident(ID, new DeploymentId("deploy-" + writer)));
                    }, pool))
                    .toList();
            start.countDown();
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).join();
        }

        assertThat(store.readStream(ID.stream())).hasSize(1 + writers)
                .extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void a_command_that_changes_nothing_records_nothing() {
        RecordIncident recordIncident = new RecordIncident(store, fence);
        recordIncident.handle("open", open());
        recordDeployment("deploy-1");
        recordIncident.handle("blame", new AttributeIncident(ID, new DeploymentId("deploy-1")));

        Recorded again = recordIncident.handle("blame-again", new AttributeIncident(ID, new DeploymentId("deploy-1")));

        assertThat(again).isEqualTo(new Recorded(ID.stream(), 2, List.of(), true));
        assertThat(store.readStream(ID.stream())).hasSize(2);
    }

    @Test
    void losing_a_race_reads_again_and_decides_on_top_of_the_winner() {
        RecordIncident opener = new RecordIncident(store, fence);
        opener.handle("open", open());
        RacingEventStore racing = RacingEventStore.beforeFirstAppend(store, rival(
                new IncidentAttributed(ID, new DeploymentId("deploy-1")), "rival"));

        AppendCountingEventStore counting = new AppendCountingEventStore(racing);

        Recorded resolved = new RecordIncident(counting, fence).handle("resolve", new ResolveIncident(ID, OPENED.plusSeconds(900)));

        assertThat(resolved.version()).isEqualTo(3);
        assertThat(resolved.events()).extracting(RecordedEvent::event)
                .containsExactly(new IncidentResolved(ID, OPENED.plusSeconds(900)));
        assertThat(counting.appends()).filteredOn(ID.stream()::equals).hasSize(2);
    }

    @Test
    void gives_up_with_the_conflict_after_losing_every_attempt() {
        new RecordIncident(store, fence).handle("open", open());
        int[] rivals = {0};
        RacingEventStore racing = RacingEventStore.beforeEveryAppend(store, () -> store.append(ID.stream(),
                store.readStream(ID.stream()).size(),
                List.of(new NewEvent(new EventId("rival-" + rivals[0]++),
                        new IncidentAttributed(ID, new DeploymentId("deploy-" + rivals[0]))))));

        AppendCountingEventStore counting = new AppendCountingEventStore(racing);

        assertThatThrownBy(() -> new RecordIncident(counting, fence).handle("resolve", new ResolveIncident(ID, OPENED)))
                .isInstanceOf(ConcurrencyConflict.class);
        assertThat(counting.appends()).filteredOn(ID.stream()::equals).hasSize(CommandHandler.MAX_ATTEMPTS);
    }

    @Test
    void a_twin_request_landing_between_read_and_append_is_answered_as_a_retry() {
        new RecordIncident(store, fence).handle("open", open());
        IncidentResolved resolution = new IncidentResolved(ID, OPENED.plusSeconds(900));
        RacingEventStore racing = RacingEventStore.beforeFirstAppend(store, rival(resolution, "resolve"));

        Recorded recorded = new RecordIncident(racing, fence).handle("resolve", new ResolveIncident(ID, OPENED.plusSeconds(900)));

        assertThat(recorded.alreadyRecorded()).isTrue();
        assertThat(recorded.events()).extracting(RecordedEvent::event).containsExactly(resolution);
        assertThat(store.readStream(ID.stream())).hasSize(2);
    }

    @Test
    void a_different_request_under_the_same_key_landing_first_is_refused() {
        new RecordIncident(store, fence).handle("open", open());
        RacingEventStore racing = RacingEventStore.beforeFirstAppend(store, rival(new IncidentResolved(ID, OPENED.plusSeconds(60)), "resolve"));

        assertThatThrownBy(() -> new RecordIncident(racing, fence).handle("resolve", new ResolveIncident(ID, OPENED.plusSeconds(900))))
                .isInstanceOf(IdempotencyKeyReused.class);
    }

    @Test
    void a_different_request_under_the_same_key_landing_first_with_more_events_is_refused_as_a_reused_key() {
        new RecordIncident(store, fence).handle("open", open());
        RacingEventStore racing = RacingEventStore.beforeFirstAppend(store, () -> store.append(ID.stream(), 1, List.of(
                new NewEvent(EventId.derived("resolve", 0), new IncidentAttributed(ID, new DeploymentId("deploy-1"))),
                new NewEvent(EventId.derived("resolve", 1), new IncidentResolved(ID, OPENED.plusSeconds(60))))));

        assertThatThrownBy(() -> new RecordIncident(racing, fence).handle("resolve", new ResolveIncident(ID, OPENED.plusSeconds(900))))
                .as("the store refused a partial repeat of the key's ids; the handler judges the request that landed")
                .isInstanceOf(IdempotencyKeyReused.class);
        assertThat(store.readStream(ID.stream())).hasSize(3);
    }

    @Test
    void an_opening_blaming_a_deployment_never_recorded_is_refused_and_writes_nothing() {
        RecordIncident recordIncident = new RecordIncident(store, fence);

        assertThatThrownBy(() -> recordIncident.handle("open", new OpenIncident(ID, "checkout", "production",
                Severity.HIGH, OPENED, Optional.of(new DeploymentId("deploy-typo")))))
                .isInstanceOfSatisfying(CauseNotRecorded.class, refused -> {
                    assertThat(refused).isInstanceOf(CommandRejected.class);
                    assertThat(refused.cause()).isEqualTo(new DeploymentId("deploy-typo"));
                })
                .hasMessage("incident inc-7 names deployment deploy-typo as its cause,"
                        + " but no deployment deploy-typo is recorded");
        assertThat(store.streams()).isEmpty();
    }

    @Test
    void an_attribution_to_a_deployment_never_recorded_is_refused_and_writes_nothing() {
        RecordIncident recordIncident = new RecordIncident(store, fence);
        recordIncident.handle("open", open());
        List<Commit> written = store.allCommits();

        assertThatThrownBy(() -> recordIncident.handle("blame", new AttributeIncident(ID, new DeploymentId("deploy-9"))))
                .isInstanceOf(CauseNotRecorded.class)
                .hasMessageContaining("no deployment deploy-9 is recorded");
        assertThat(store.allCommits()).isEqualTo(written);
    }

    @Test
    void an_opening_blaming_a_recorded_deployment_keeps_the_cause() {
        recordDeployment("deploy-1");

        Recorded opened = new RecordIncident(store, fence).handle("open", new OpenIncident(ID, "checkout", "production",
                Severity.HIGH, OPENED, Optional.of(new DeploymentId("deploy-1"))));

        assertThat(opened.events()).extracting(RecordedEvent::event).containsExactly(new IncidentEvent.IncidentOpened(
                ID, "checkout", "production", Severity.HIGH, OPENED, Optional.of(new DeploymentId("deploy-1"))));
    }

    private Runnable rival(IncidentEvent event, String id) {
        return () -> store.append(ID.stream(), store.readStream(ID.stream()).size(), List.of(new NewEvent(new EventId(id), event)));
    }

    private void recordDeployment(String id) {
        new RecordDeployment(store, fence).handle(id, new DeploymentCommand.RecordDeployment(new DeploymentId(id),
                "checkout", "production", "v1", List.of(new Change("a1b2c3d", OPENED.minusSeconds(7_200))),
                OPENED.minusSeconds(3_600), DeploymentOutcome.SUCCEEDED, OPENED.minusSeconds(3_000)));
    }

    private static OpenIncident open() {
        return new OpenIncident(ID, "checkout", "production", Severity.HIGH, OPENED, Optional.empty());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
