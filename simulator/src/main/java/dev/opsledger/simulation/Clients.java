package dev.opsledger.simulation;

import dev.opsledger.application.fencing.RegionFenced;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.recording.IdempotencyKeyReused;
import dev.opsledger.application.recording.Recorded;
import dev.opsledger.domain.shared.CommandRejected;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The teams' tools: writes arrive at random (a Poisson process at the scenario's rate) from one of a
 * few clients, each sending to the region its DNS answer names until the answer's TTL runs out. A
 * refused write is sent again after a growing back-off with the same command id, so a retry that lands
 * twice is recognised rather than recorded twice.
 */
final class Clients {

    private static final int CLIENT_COUNT = 16;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final EventScheduler scheduler;
    private final SplittableRandom random;
    private final Workload workload;
    private final SimulatedPair pair;
    private final WriteAudit audit;
    private final double meanGapMillis;
    private final List<DnsCache> caches = new ArrayList<>();
    private boolean writing = true;

    Clients(Scenario scenario, EventScheduler scheduler, SplittableRandom random, SimulatedPair pair, WriteAudit audit) {
        this.scheduler = scheduler;
        this.random = random;
        this.workload = new Workload(random.split());
        this.pair = pair;
        this.audit = audit;
        this.meanGapMillis = 60_000.0 / scenario.writesPerMinute();
        for (int client = 0; client < CLIENT_COUNT; client++) {
            caches.add(new DnsCache(pair.router(), scenario.dnsTtl(), scheduler.now(), random));
        }
    }

    void start() {
        scheduleNextArrival();
    }

    /** No new writes from now on, and no more retries: what is still unacknowledged stays so. */
    void stop() {
        writing = false;
    }

    private void scheduleNextArrival() {
        double gapMillis = -StrictMath.log(1 - random.nextDouble()) * meanGapMillis;
        scheduler.after(Duration.ofMillis(Math.round(gapMillis)), this::arrive);
    }

    private void arrive() {
        if (!writing) {
            return;
        }
        DnsCache client = caches.get(random.nextInt(caches.size()));
        Instant now = scheduler.now();
        ClientWrite write = workload.next(now, pair.named(client.resolve(now)).store());
        audit.writeIssued();
        send(client, write, 1);
        scheduleNextArrival();
    }

    private void send(DnsCache client, ClientWrite write, int attempt) {
        if (!writing) {
            return;
        }
        Instant now = scheduler.now();
        SimulatedRegion region = pair.named(client.resolve(now));
        try {
            Recorded recorded = region.record(write);
            // Read in the same instant the write was admitted: the lease it was written under.
            audit.acknowledged(write, region.writeLeases().current().orElseThrow().holder(), recorded, now);
        } catch (RegionFenced fenced) {
            audit.fenced();
            retryLater(client, write, attempt);
        } catch (ServiceUnavailable | ConcurrencyConflict unavailable) {
            audit.unavailable();
            retryLater(client, write, attempt);
        } catch (CommandRejected | IdempotencyKeyReused rejected) {
            audit.rejected();
        }
    }

    private void retryLater(DnsCache client, ClientWrite write, int attempt) {
        long base = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 10));
        long jittered = base / 2 + random.nextLong(base);
        scheduler.after(Duration.ofMillis(jittered), () -> send(client, write, attempt + 1));
    }
}
