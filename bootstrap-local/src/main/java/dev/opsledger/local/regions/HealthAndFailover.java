package dev.opsledger.local.regions;

import dev.opsledger.application.failover.EvaluateFailover;
import dev.opsledger.application.failover.FailBack;
import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.application.fencing.RenewWriteLease;
import dev.opsledger.application.port.WriteLease;
import dev.opsledger.application.failover.FailbackOutcome;
import dev.opsledger.application.health.HealthCheckReport;
import dev.opsledger.application.health.RunHealthCheck;
import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.HealthPolicy;
import dev.opsledger.inmemory.SimulatedHealthProbe;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;

/**
 * The health-check function of each region, as scheduled in AWS: every region probes its own components
 * and records the checks in its own log; the secondary also probes the primary, fails over after
 * {@code failureThreshold} failed checks in a row and, once the primary has passed every check for
 * {@code failbackAfter}, fails back and runs one reconciler pass for what failback could not see. A dark
 * region's own function does not run. Probes go through the regions' faults: a dark region times out. After
 * the checks each running region renews its write lease from the router.
 */
final class HealthAndFailover {

    private static final Duration PROBE_LATENCY = Duration.ZERO;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final RegionPairState pair;
    private final JobIntervals intervals;
    private final InstantSource clock;
    private final PrintStream log;
    private final Runnable afterFailback;
    private final RunHealthCheck primarySelfCheck;
    private final RunHealthCheck secondarySelfCheck;
    private final RunHealthCheck primaryWatch;
    private final EvaluateFailover evaluateFailover;
    private final FailBack failBack;
    private final RenewWriteLease primaryLease;
    private final RenewWriteLease secondaryLease;
    private final Duration leaseLength;
    private Instant primaryHealthySince;

    HealthAndFailover(RegionPairState pair, JobIntervals intervals, ReplicationSettings settings, InstantSource clock,
            PrintStream log, Runnable afterFailback) {
        this.pair = pair;
        this.intervals = intervals;
        this.clock = clock;
        this.log = log;
        this.afterFailback = afterFailback;
        List<HealthProbe> probes = Arrays.stream(Component.values())
                .<HealthProbe>map(component -> new SimulatedHealthProbe(component,
                        region -> pair.named(region).faults(), clock, PROBE_LATENCY, PROBE_TIMEOUT))
                .toList();
        HealthPolicy policy = new HealthPolicy(intervals.failureThreshold(), HealthPolicy.DEFAULT.slowAfter());
        LocalRegion primary = pair.primary();
        LocalRegion secondary = pair.secondary();
        this.primarySelfCheck = checkOf(primary, primary, probes, policy);
        this.secondarySelfCheck = checkOf(secondary, secondary, probes, policy);
        this.primaryWatch = checkOf(primary, secondary, probes, policy);
        this.evaluateFailover = new EvaluateFailover(pair.regions(), pair.router(), secondary.log(),
                intervals.failureThreshold(), secondary.notifier(), clock);
        this.failBack = new FailBack(pair.regions(), pair.router(), primary.log(), secondary.log(), settings,
                secondary.notifier(), clock);
        this.leaseLength = FailoverSchedule.writeLeaseFor(intervals.healthCheck());
        this.primaryLease = new RenewWriteLease(pair.router(), primary.writeLeases(), clock, leaseLength);
        this.secondaryLease = new RenewWriteLease(pair.router(), secondary.writeLeases(), clock, leaseLength);
        grantLeasesAtStart();
    }

    /**
     * The leases this process starts with: no lease of an earlier process can still be running, since the
     * process that held it is gone, so the active region writes at once rather than a lease length later.
     */
    private void grantLeasesAtStart() {
        Instant now = clock.instant();
        WriteLease lease = new WriteLease(pair.router().activeRegion(), now, now.plus(leaseLength));
        pair.primary().writeLeases().record(lease);
        pair.secondary().writeLeases().record(lease);
    }

    /**
     * Each region's checker renews its region's lease after its checks, as in AWS; a dark region's does not
     * run, so its lease runs out.
     */
    void checkOnce() {
        checkAndDecide();
        if (!pair.primary().isDark()) {
            primaryLease.renew();
        }
        if (!pair.secondary().isDark()) {
            secondaryLease.renew();
        }
    }

    private void checkAndDecide() {
        if (!pair.primary().isDark()) {
            primarySelfCheck.run();
        }
        if (pair.secondary().isDark()) {
            return;
        }
        secondarySelfCheck.run();
        HealthCheckReport primaryReport = primaryWatch.run();
        try {
            evaluateFailover.observe(primaryReport).ifPresent(active ->
                    log.println("opsledger: failed over, " + active.region() + " is active (epoch " + active.epoch() + ")"));
        } catch (ServiceUnavailable controlStoreUnreachable) {
            return;
        }
        considerFailback(primaryReport);
    }

    private void considerFailback(HealthCheckReport primaryReport) {
        if (pair.isActive(pair.primary()) || !primaryReport.allPassed()) {
            primaryHealthySince = null;
            return;
        }
        Instant now = clock.instant();
        primaryHealthySince = primaryHealthySince == null ? primaryReport.checkedAt() : primaryHealthySince;
        if (now.isBefore(primaryHealthySince.plus(intervals.failbackAfter()))) {
            return;
        }
        try {
            FailbackOutcome outcome = failBack.failBack();
            if (outcome.completed()) {
                log.println("opsledger: failed back, " + outcome.active().region() + " is active (epoch "
                        + outcome.active().epoch() + ")");
                primaryHealthySince = null;
                afterFailback.run();
            } else {
                log.println("opsledger: failback blocked, streams differ: " + outcome.divergentAfter());
            }
        } catch (ServiceUnavailable primaryWentDarkAgain) {
            primaryHealthySince = null;
        }
    }

    private static RunHealthCheck checkOf(LocalRegion probed, LocalRegion runningIn, List<HealthProbe> probes,
            HealthPolicy policy) {
        return new RunHealthCheck(probed.region(), probes, runningIn.log(), runningIn.notifier(), runningIn.metrics(),
                policy);
    }
}
