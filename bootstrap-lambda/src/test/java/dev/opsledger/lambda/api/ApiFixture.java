package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.dora.ProjectDoraFacts;
import dev.opsledger.application.fencing.RenewWriteLease;
import dev.opsledger.application.port.WriteLease;
import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryHealthSummaryReadModel;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.InMemoryWriteLeases;
import dev.opsledger.inmemory.RecordingMetricsRecorder;
import dev.opsledger.inmemory.dora.InMemoryDoraReadModel;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.lambda.ApiHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The API handler over one in-memory region, as the local server wires it, on a clock the test sets.
 * Every answer is checked against docs/openapi.yaml before the test sees it.
 */
final class ApiFixture {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Region REGION = Region.US_EAST_1;

    private Instant now = NOW;
    final InstantSource clock = () -> now;
    final Faults faults = new Faults();
    final InMemoryEventStore store = new InMemoryEventStore(clock, faults, Duration.ZERO);
    final InMemoryDoraReadModel doraModel = new InMemoryDoraReadModel();
    final InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(REGION, 1));
    final InMemoryWriteLeases writeLeases = leaseFor(router.activeRegion());
    final RecordingMetricsRecorder metrics = new RecordingMetricsRecorder();
    final List<String> logLines = new CopyOnWriteArrayList<>();
    final Faults healthFaults = new Faults();
    final InMemoryHealthSummaryReadModel healthSummary = new InMemoryHealthSummaryReadModel(healthFaults);
    final ApiPorts ports = new ApiPorts(REGION, new RegionPair(Region.US_EAST_1, Region.US_WEST_2), store, doraModel,
            healthSummary, writeLeases, metrics);
    final ApiHandler handler;

    ApiFixture() {
        this(AllowedOrigins.NONE);
    }

    /** The API as deployed with {@code allowedOrigins} for browser pages. */
    ApiFixture(AllowedOrigins allowedOrigins) {
        handler = new ApiHandler(ApiServices.of(ports, clock, logLines::add), allowedOrigins);
    }

    /** A lease good for the whole test: the region writes from the start. */
    private static InMemoryWriteLeases leaseFor(ActiveRegion active) {
        InMemoryWriteLeases leases = new InMemoryWriteLeases();
        leases.record(new WriteLease(active, NOW, NOW.plus(Duration.ofDays(3650))));
        return leases;
    }

    /** Moves the writes to {@code region} and renews this region's lease, as its health checker would. */
    void failOverTo(Region region) {
        router.promote(region, router.activeRegion().epoch());
        new RenewWriteLease(router, writeLeases, clock, Duration.ofDays(3650)).renew();
    }

    Answer call(ProxyEvent event) {
        Answer answer = send(event);
        assertThat(OpenApiContract.instance().violations(event.method(), event.path(), answer))
                .as("%s %s answered %s", event.method(), event.path(), answer.rawBody())
                .isEmpty();
        return answer;
    }

    /** Without the contract check, for events no client could send (a request API Gateway would not pass on). */
    Answer send(ProxyEvent event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event.toJson()), out, null);
            return Answer.of(Json.MAPPER.readTree(out.toByteArray()));
        } catch (Exception unexpected) {
            throw new AssertionError(unexpected);
        }
    }

    Answer post(String json) {
        return call(ProxyEvent.post("/metrics").body(json));
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    List<Commit> commits() {
        return store.allCommits();
    }

    /** What the projection handler does from the table's stream: every commit into the DORA read model. */
    void project() {
        new ProjectDoraFacts(doraModel).project(store.allCommits());
    }
}
