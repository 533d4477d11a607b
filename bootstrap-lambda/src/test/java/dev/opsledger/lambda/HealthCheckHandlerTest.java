package dev.opsledger.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsledger.application.failover.EvaluateFailover;
import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.application.fencing.RenewWriteLease;
import dev.opsledger.application.port.WriteLease;
import dev.opsledger.application.health.RunHealthCheck;
import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.InMemoryWriteLeases;
import dev.opsledger.inmemory.RecordingAlertNotifier;
import dev.opsledger.inmemory.RecordingMetricsRecorder;
import dev.opsledger.inmemory.SimulatedHealthProbe;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import dev.opsledger.lambda.runtime.LambdaEventSamples;
import dev.opsledger.lambda.wiring.HealthCheckSettings;
import dev.opsledger.lambda.wiring.PrimaryWatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthCheckHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RegionPair REGIONS = RegionPair.DEFAULT;
    private static final int MINUTES = 60_000;

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-12-04T09:00:00Z"));
    private final Map<Region, Faults> faults = Map.of(REGIONS.primary(), new Faults(), REGIONS.secondary(), new Faults());
    private final InMemoryEventStore secondaryStore = new InMemoryEventStore(clock);
    private final InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(REGIONS.primary(), 0));
    private final InMemoryWriteLeases secondaryLeases = new InMemoryWriteLeases();
    private final RecordingAlertNotifier notifier = new RecordingAlertNotifier(new Faults());
    private final List<Duration> pauses = new ArrayList<>();
    private boolean probesTakeTheirTime;

    @Test
    void takes_as_many_rounds_as_intervals_fit_in_the_minute_pausing_between_them() throws Exception {
        HealthCheckHandler handler = handler(Optional.empty(), new HealthCheckSettings(Duration.ofSeconds(20), 3));

        JsonNode answer = invoke(handler, 15 * MINUTES);

        assertThat(answer.get("rounds")).hasSize(3);
        assertThat(pauses).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20));
        assertThat(answer.at("/rounds/2/region/allPassed").asBoolean()).isTrue();
    }

    @Test
    void stops_taking_rounds_when_the_function_has_not_the_time_for_another() throws Exception {
        HealthCheckHandler handler = handler(Optional.empty(), new HealthCheckSettings(Duration.ofSeconds(20), 3));

        JsonNode answer = invoke(handler, 25_000);

        assertThat(answer.get("rounds")).hasSize(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void the_secondary_fails_over_once_the_primary_failed_as_many_checks_in_a_row_as_the_threshold() throws Exception {
        HealthCheckHandler handler = handler(Optional.of(primaryWatch(3)), new HealthCheckSettings(Duration.ofSeconds(20), 3));
        faults.get(REGIONS.primary()).goDark();

        JsonNode answer = invoke(handler, 15 * MINUTES);

        assertThat(answer.at("/rounds/0/primary/allPassed").asBoolean()).isFalse();
        assertThat(answer.at("/rounds/1/primary/failedOverTo").isMissingNode()).isTrue();
        assertThat(answer.at("/rounds/2/primary/failedOverTo/region").asText()).isEqualTo(REGIONS.secondary().name());
        assertThat(router.activeRegion()).isEqualTo(new ActiveRegion(REGIONS.secondary(), 1));
    }

    @Test
    void renews_the_region_write_lease_after_each_round_and_learns_of_its_own_failover_in_the_same_round()
            throws Exception {
        HealthCheckHandler handler = handler(Optional.of(primaryWatch(3)), new HealthCheckSettings(Duration.ofSeconds(20), 3));
        faults.get(REGIONS.primary()).goDark();
        Instant invoked = clock.instant();

        JsonNode answer = invoke(handler, 15 * MINUTES);

        assertThat(answer.at("/rounds/0/writeLease/region").asText()).isEqualTo(REGIONS.primary().name());
        assertThat(answer.at("/rounds/0/writeLease/expiresAt").asText()).isEqualTo(invoked.plusSeconds(45).toString());
        assertThat(answer.at("/rounds/2/writeLease/region").asText()).isEqualTo(REGIONS.secondary().name());
        WriteLease lease = secondaryLeases.current().orElseThrow();
        assertThat(lease.holder()).isEqualTo(new ActiveRegion(REGIONS.secondary(), 1));
        assertThat(lease.writableFrom()).isEqualTo(invoked.plusSeconds(40 + 45));
    }

    @Test
    void rounds_keep_their_slots_and_one_whose_slot_passed_while_a_dark_primary_was_probed_is_skipped()
            throws Exception {
        probesTakeTheirTime = true;
        HealthCheckHandler handler = handler(Optional.of(primaryWatch(10)), new HealthCheckSettings(Duration.ofSeconds(10), 10));
        faults.get(REGIONS.primary()).goDark();
        Instant invoked = clock.instant();

        JsonNode answer = invoke(handler, 15 * MINUTES);

        assertThat(answer.get("rounds")).extracting(round -> Instant.parse(round.at("/region/checkedAt").asText()))
                .containsExactly(invoked, invoked.plusSeconds(20), invoked.plusSeconds(40));
    }

    @Test
    void refuses_an_event_that_is_not_a_schedule_naming_what_it_expected() {
        HealthCheckHandler handler = handler(Optional.empty(), new HealthCheckSettings(Duration.ofSeconds(60), 3));

        assertThatThrownBy(() -> handler.handleRequest(stream("{\"Records\":[]}"), new ByteArrayOutputStream(),
                new FakeContext(MINUTES)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detail-type must be Scheduled Event");
    }

    private HealthCheckHandler handler(Optional<PrimaryWatch> watch, HealthCheckSettings settings) {
        RunHealthCheck ownRegion = new RunHealthCheck(REGIONS.secondary(), probes(), secondaryStore, notifier,
                new RecordingMetricsRecorder(), settings.policy());
        RenewWriteLease lease = new RenewWriteLease(router, secondaryLeases, clock,
                FailoverSchedule.writeLeaseFor(settings.interval()));
        return new HealthCheckHandler(ownRegion, watch, lease, settings, pause -> {
            pauses.add(pause);
            clock.advance(pause);
        }, clock);
    }

    private PrimaryWatch primaryWatch(int threshold) {
        return new PrimaryWatch(
                new RunHealthCheck(REGIONS.primary(), probes(), secondaryStore, notifier, new RecordingMetricsRecorder(),
                        new HealthCheckSettings(Duration.ofSeconds(20), threshold).policy()),
                new EvaluateFailover(REGIONS, router, secondaryStore, threshold, notifier, clock));
    }

    private List<HealthProbe> probes() {
        return Arrays.stream(Component.values())
                .<HealthProbe>map(component -> new SimulatedHealthProbe(component, faults::get, clock,
                        Duration.ofMillis(50), Duration.ofSeconds(5)))
                .map(this::takingItsTime)
                .toList();
    }

    /** When asked to, a probe moves the clock on by the time it reports, as a real one takes it. */
    private HealthProbe takingItsTime(HealthProbe probe) {
        return new HealthProbe() {
            @Override
            public Component component() {
                return probe.component();
            }

            @Override
            public CheckResult probe(Region region) {
                CheckResult result = probe.probe(region);
                if (probesTakeTheirTime) {
                    clock.advance(result.latency());
                }
                return result;
            }
        };
    }

    private static JsonNode invoke(HealthCheckHandler handler, int remainingMillis) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(stream(LambdaEventSamples.scheduledEvent("us-west-2")), output, new FakeContext(remainingMillis));
        return JSON.readTree(output.toByteArray());
    }

    private static ByteArrayInputStream stream(String event) {
        return new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8));
    }
}
