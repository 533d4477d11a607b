package dev.opsledger.application.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.fencing.RegionFenced;
import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.deployment.DeploymentCommand.StartDeployment;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordDeploymentTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final DeploymentId ID = new DeploymentId("deploy-42");

    private final VirtualClock clock = new VirtualClock(T0);
    private final Faults tableFaults = new Faults();
    private final InMemoryEventStore store = new InMemoryEventStore(clock, tableFaults, Duration.ZERO);
    private final InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(Region.US_EAST_1, 0));
    private final RecordDeployment recordDeployment =
            new RecordDeployment(store, new WriteFence(Region.US_EAST_1, router));

    @Test
    void records_a_finished_deployment_in_one_commit_with_ids_derived_from_the_command_id() {
        Recorded recorded = recordDeployment.handle("key-1", finished("v1.4.0"));

        assertThat(recorded.alreadyRecorded()).isFalse();
        assertThat(recorded.version()).isEqualTo(2);
        assertThat(recorded.events()).extracting(RecordedEvent::id)
                .containsExactly(EventId.derived("key-1", 0), EventId.derived("key-1", 1));
        assertThat(recorded.events()).extracting(RecordedEvent::event)
                .hasExactlyElementsOfTypes(DeploymentStarted.class, DeploymentFinished.class);
        assertThat(store.readStream(ID.stream())).isEqualTo(recorded.events());
    }

    @Test
    void a_retry_returns_the_original_events_and_writes_nothing() {
        Recorded original = recordDeployment.handle("key-1", finished("v1.4.0"));
        List<Commit> written = store.allCommits();
        clock.advance(Duration.ofMinutes(3));

        Recorded retry = recordDeployment.handle("key-1", finished("v1.4.0"));

        assertThat(retry).isEqualTo(new Recorded(ID.stream(), 2, original.events(), true));
        assertThat(store.allCommits()).isEqualTo(written);
    }

    @Test
    void a_retry_is_recognised_after_later_commands_moved_the_stream_on() {
        Recorded start = recordDeployment.handle("start-key", start());
        recordDeployment.handle("finish-key", new FinishDeployment(ID, DeploymentOutcome.FAILED, T0.plusSeconds(600)));

        Recorded retry = recordDeployment.handle("start-key", start());

        assertThat(retry).isEqualTo(new Recorded(ID.stream(), 1, start.events(), true));
        assertThat(store.readStream(ID.stream())).hasSize(2);
    }

    @Test
    void the_same_command_id_with_different_content_is_refused() {
        recordDeployment.handle("key-1", finished("v1.4.0"));

        assertThatThrownBy(() -> recordDeployment.handle("key-1", finished("v1.5.0")))
                .isInstanceOf(IdempotencyKeyReused.class)
                .hasMessageContaining("key-1")
                .hasMessageContaining(ID.stream().value());
        assertThat(store.readStream(ID.stream())).hasSize(2);
    }

    @Test
    void a_command_the_deployment_rejects_writes_nothing() {
        assertThatThrownBy(() -> recordDeployment.handle("key-1",
                new FinishDeployment(ID, DeploymentOutcome.SUCCEEDED, T0)))
                .isInstanceOf(CommandRejected.class)
                .hasMessageContaining("has not started");
        assertThat(store.allCommits()).isEmpty();
    }

    @Test
    void a_fenced_region_refuses_the_write_and_writes_nothing() {
        router.promote(Region.US_WEST_2, 0);

        assertThatThrownBy(() -> recordDeployment.handle("key-1", finished("v1.4.0")))
                .isInstanceOf(RegionFenced.class)
                .hasMessage("us-east-1 is fenced: us-west-2 is active at epoch 1");
        assertThat(store.allCommits()).isEmpty();
    }

    @Test
    void an_unavailable_table_fails_the_call_and_a_retry_with_the_same_id_records_once() {
        tableFaults.failNext(1);

        assertThatThrownBy(() -> recordDeployment.handle("key-1", finished("v1.4.0")))
                .isInstanceOf(ServiceUnavailable.class);
        Recorded retry = recordDeployment.handle("key-1", finished("v1.4.0"));

        assertThat(retry.alreadyRecorded()).isFalse();
        assertThat(store.readStream(ID.stream())).hasSize(2);
    }

    private static StartDeployment start() {
        return new StartDeployment(ID, "checkout", "production", "v1.4.0", changes(), T0);
    }

    private static DeploymentCommand.RecordDeployment finished(String version) {
        return new DeploymentCommand.RecordDeployment(ID, "checkout", "production", version, changes(), T0,
                DeploymentOutcome.SUCCEEDED, T0.plusSeconds(300));
    }

    private static List<Change> changes() {
        return List.of(new Change("a1b2c3d4", T0.minusSeconds(3_600)));
    }
}
