package dev.opsledger.application.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.ForwardingEventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.requestkey.RequestKey;
import dev.opsledger.domain.requestkey.RequestKeyClaimed;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.contract.RacingEventStore;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One client key records one command on one stream: a key is recognised across deployments and incidents. */
class RequestKeyIdempotencyTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final DeploymentId CHECKOUT_RELEASE = new DeploymentId("deploy-1");
    private static final DeploymentId PAYMENTS_RELEASE = new DeploymentId("deploy-2");
    private static final IncidentId OUTAGE = new IncidentId("inc-1");
    private static final RequestKey KEY = new RequestKey("key-1");

    private final InMemoryEventStore store = new InMemoryEventStore(new VirtualClock(T0));
    private final WriteFence fence =
            new WriteFence(Region.US_EAST_1, new InMemoryTrafficRouter(new ActiveRegion(Region.US_EAST_1, 0)));
    private final RecordDeployment recordDeployment = new RecordDeployment(store, fence);
    private final RecordIncident recordIncident = new RecordIncident(store, fence);

    @Test
    void spends_the_key_on_the_stream_it_records_on() {
        recordDeployment.handle(KEY.value(), deployment(CHECKOUT_RELEASE));

        assertThat(store.readStream(KEY.stream())).extracting(RecordedEvent::event)
                .containsExactly(new RequestKeyClaimed(KEY, CHECKOUT_RELEASE.stream()));
    }

    @Test
    void the_same_key_for_another_deployment_is_refused_naming_both_streams() {
        recordDeployment.handle(KEY.value(), deployment(CHECKOUT_RELEASE));

        assertThatThrownBy(() -> recordDeployment.handle(KEY.value(), deployment(PAYMENTS_RELEASE)))
                .isInstanceOfSatisfying(IdempotencyKeyReused.class, reused -> {
                    assertThat(reused.stream()).isEqualTo(CHECKOUT_RELEASE.stream());
                    assertThat(reused.requestedStream()).isEqualTo(PAYMENTS_RELEASE.stream());
                })
                .hasMessage("command id 'key-1' was already used on deployment:deploy-1,"
                        + " so it cannot record a command on deployment:deploy-2");
        assertThat(store.readStream(PAYMENTS_RELEASE.stream())).isEmpty();
    }

    @Test
    void the_same_key_for_an_incident_after_a_deployment_is_refused() {
        recordDeployment.handle(KEY.value(), deployment(CHECKOUT_RELEASE));

        assertThatThrownBy(() -> recordIncident.handle(KEY.value(), opening()))
                .isInstanceOf(IdempotencyKeyReused.class)
                .hasMessageContaining("incident:inc-1");
        assertThat(store.readStream(OUTAGE.stream())).isEmpty();
    }

    @Test
    void a_retry_of_the_original_request_is_still_answered_from_its_stream() {
        Recorded original = recordDeployment.handle(KEY.value(), deployment(CHECKOUT_RELEASE));
        assertThatThrownBy(() -> recordIncident.handle(KEY.value(), opening())).isInstanceOf(IdempotencyKeyReused.class);

        Recorded retry = recordDeployment.handle(KEY.value(), deployment(CHECKOUT_RELEASE));

        assertThat(retry).isEqualTo(new Recorded(CHECKOUT_RELEASE.stream(), 2, original.events(), true));
    }

    @Test
    void a_rejected_command_spends_no_key() {
        assertThatThrownBy(() -> recordDeployment.handle(KEY.value(),
                new FinishDeployment(CHECKOUT_RELEASE, DeploymentOutcome.SUCCEEDED, T0)))
                .isInstanceOf(CommandRejected.class);

        assertThat(store.streams()).isEmpty();
        assertThat(recordIncident.handle(KEY.value(), opening()).alreadyRecorded()).isFalse();
    }

    @Test
    void a_retry_after_a_crash_between_claim_and_append_records_once() {
        EventStore crashingOnce = new FailingFirstAppendTo(store, CHECKOUT_RELEASE.stream());
        assertThatThrownBy(() -> new RecordDeployment(crashingOnce, fence).handle(KEY.value(), deployment(CHECKOUT_RELEASE)))
                .isInstanceOf(ServiceUnavailable.class);
        assertThat(store.readStream(KEY.stream())).hasSize(1);
        assertThat(store.readStream(CHECKOUT_RELEASE.stream())).isEmpty();

        Recorded retry = recordDeployment.handle(KEY.value(), deployment(CHECKOUT_RELEASE));

        assertThat(retry.alreadyRecorded()).isFalse();
        assertThat(store.readStream(CHECKOUT_RELEASE.stream())).hasSize(2);
        assertThat(store.readStream(KEY.stream())).hasSize(1);
    }

    @Test
    void the_loser_of_a_race_to_spend_one_key_on_two_streams_is_refused() {
        RacingEventStore racing = RacingEventStore.beforeFirstAppendThat(store,
                (stream, events) -> stream.equals(KEY.stream()),
                () -> recordIncident.handle(KEY.value(), opening()));

        assertThatThrownBy(() -> new RecordDeployment(racing, fence).handle(KEY.value(), deployment(CHECKOUT_RELEASE)))
                .isInstanceOfSatisfying(IdempotencyKeyReused.class,
                        reused -> assertThat(reused.stream()).isEqualTo(OUTAGE.stream()));
        assertThat(store.readStream(CHECKOUT_RELEASE.stream())).isEmpty();
        assertThat(store.readStream(OUTAGE.stream())).hasSize(1);
    }

    @Test
    void two_copies_of_one_request_racing_record_it_once() {
        RacingEventStore racing = RacingEventStore.beforeFirstAppendThat(store,
                (stream, events) -> stream.equals(KEY.stream()),
                () -> recordDeployment.handle(KEY.value(), deployment(CHECKOUT_RELEASE)));

        Recorded twin = new RecordDeployment(racing, fence).handle(KEY.value(), deployment(CHECKOUT_RELEASE));

        assertThat(twin.alreadyRecorded()).isTrue();
        assertThat(store.readStream(CHECKOUT_RELEASE.stream())).hasSize(2);
        assertThat(store.readStream(KEY.stream())).hasSize(1);
    }

    @Test
    void a_malformed_key_is_refused_before_anything_is_written() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> recordDeployment.handle("k".repeat(RequestKey.MAX_LENGTH + 1), deployment(CHECKOUT_RELEASE)))
                .withMessageStartingWith("request key must be at most 255 characters");
        assertThat(store.streams()).isEmpty();
    }

    private static DeploymentCommand.RecordDeployment deployment(DeploymentId id) {
        return new DeploymentCommand.RecordDeployment(id, "checkout", "production", "v1.4.0",
                List.of(new Change("a1b2c3d4", T0.minusSeconds(3_600))), T0, DeploymentOutcome.SUCCEEDED,
                T0.plusSeconds(300));
    }

    private static OpenIncident opening() {
        return new OpenIncident(OUTAGE, "checkout", "production", Severity.HIGH, T0.plusSeconds(600), Optional.empty());
    }

    /** The table goes away right after the key's claim: the request's own append never lands. */
    private static final class FailingFirstAppendTo extends ForwardingEventStore {

        private final StreamId failing;
        private boolean failed;

        FailingFirstAppendTo(EventStore store, StreamId failing) {
            super(store);
            this.failing = failing;
        }

        @Override
        public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
            if (stream.equals(failing) && !failed) {
                failed = true;
                throw new ServiceUnavailable("table unreachable", false);
            }
            return super.append(stream, expectedVersion, events);
        }
    }
}
