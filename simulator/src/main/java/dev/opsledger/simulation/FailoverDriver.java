package dev.opsledger.simulation;

import dev.opsledger.application.failover.EvaluateFailover;
import dev.opsledger.application.failover.FailBack;
import dev.opsledger.application.failover.FailbackOutcome;
import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.application.fencing.RenewWriteLease;
import dev.opsledger.application.health.HealthCheckReport;
import dev.opsledger.application.health.RunHealthCheck;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.HealthPolicy;
import dev.opsledger.inmemory.RecordingMetricsRecorder;
import dev.opsledger.inmemory.SimulatedHealthProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The secondary's health check of the primary, run as the deployed checker runs it: invocations on
 * EventBridge's schedule, each taking its rounds at fixed slots ({@link CheckerInvocations}). A round's
 * verdict counts once its probes have answered, which for a dark primary means once each has timed out;
 * a slot that comes while the previous round still waits is skipped, as the handler skips it. The verdicts
 * feed the failover decision while the primary is active and, once writes have moved, wait for the primary
 * to pass every check for the failback delay before moving them back. After each round both regions renew
 * their write leases from the router, as their checkers do.
 */
final class FailoverDriver {

    private static final Duration PROBE_LATENCY = Duration.ofMillis(80);
    /** As the deployed probes: each gives up on a region after 5 s. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final Scenario scenario;
    private final EventScheduler scheduler;
    private final SimulatedPair pair;
    private final RunHealthCheck healthCheck;
    private final EvaluateFailover evaluateFailover;
    private final FailBack failBack;
    private final RenewWriteLease primaryLease;
    private final RenewWriteLease secondaryLease;
    private final Duration leaseLength;
    private final FailoverLog log;
    private final Runnable afterFailback;
    private Instant healthySince;
    private Instant failingSince;
    private boolean probing;

    FailoverDriver(Scenario scenario, EventScheduler scheduler, SimulatedPair pair, AlertNotifier notifier,
            ReplicationSettings settings, FailoverLog log, Runnable afterFailback) {
        this.scenario = scenario;
        this.scheduler = scheduler;
        this.pair = pair;
        this.log = log;
        this.afterFailback = afterFailback;
        InstantSource clock = scheduler.clock();
        SimulatedRegion primary = pair.primary();
        SimulatedRegion secondary = pair.secondary();
        List<HealthProbe> probes = Arrays.stream(Component.values())
                .<HealthProbe>map(component -> new SimulatedHealthProbe(component,
                        region -> pair.named(region).faults(), clock, PROBE_LATENCY, PROBE_TIMEOUT))
                .toList();
        HealthPolicy policy = new HealthPolicy(scenario.failureThreshold(), HealthPolicy.DEFAULT.slowAfter());
        this.healthCheck = new RunHealthCheck(primary.region(), probes, secondary.store(), notifier,
                new RecordingMetricsRecorder(), policy);
        this.evaluateFailover = new EvaluateFailover(pair.regions(), pair.router(), secondary.store(),
                scenario.failureThreshold(), notifier, clock);
        this.failBack = new FailBack(pair.regions(), pair.router(), primary.store(), secondary.store(), settings,
                notifier, clock);
        this.leaseLength = FailoverSchedule.writeLeaseFor(scenario.healthCheckInterval());
        this.primaryLease = new RenewWriteLease(pair.router(), primary.writeLeases(), clock, leaseLength);
        this.secondaryLease = new RenewWriteLease(pair.router(), secondary.writeLeases(), clock, leaseLength);
    }

    /** Invocations start at a random phase of the schedule, so an outage may begin anywhere between two checks. */
    void start(SplittableRandom random) {
        renewLeases();
        CheckerInvocations invocations = CheckerInvocations.serving(scenario.healthCheckInterval());
        Duration phase = Duration.ofMillis(1 + random.nextLong(invocations.period().toMillis()));
        scheduler.every(invocations.period(), scheduler.now().plus(phase), () -> invoke(invocations));
    }

    private void invoke(CheckerInvocations invocations) {
        Instant started = scheduler.now();
        for (int round = 0; round < invocations.roundsPerInvocation(); round++) {
            scheduler.at(started.plus(invocations.slot(round)), this::round);
        }
    }

    private void round() {
        if (probing) {
            return;
        }
        probing = true;
        HealthCheckReport report = healthCheck.run();
        scheduler.after(timeTaken(report), () -> {
            probing = false;
            decide(report);
            renewLeases();
        });
    }

    /**
     * Each region's checker renews its region's lease after its round; the primary's own checker is taken to
     * run on the same slots. A dark region's checker does not run, so its lease runs out.
     */
    private void renewLeases() {
        if (!pair.primary().faults().isDark()) {
            primaryLease.renew();
        }
        if (!pair.secondary().faults().isDark()) {
            secondaryLease.renew();
        }
    }

    /** The probes of one check run one after another. */
    private static Duration timeTaken(HealthCheckReport report) {
        return report.results().values().stream().map(CheckResult::latency).reduce(Duration.ZERO, Duration::plus);
    }

    private void decide(HealthCheckReport report) {
        // Mirrors the count EvaluateFailover keeps: one passing check starts it again.
        failingSince = report.allPassed() ? null : failingSince == null ? report.checkedAt() : failingSince;
        try {
            evaluateFailover.observe(report)
                    .ifPresent(active -> log.failedOver(active, scheduler.now(), failingSince));
        } catch (ServiceUnavailable controlStoreUnreachable) {
            return;
        }
        if (pair.primaryActive() || !report.allPassed()) {
            healthySince = null;
            return;
        }
        Instant now = scheduler.now();
        healthySince = healthySince == null ? report.checkedAt() : healthySince;
        if (!now.isBefore(healthySince.plus(scenario.failbackAfter()))) {
            tryFailBack(now);
        }
    }

    private void tryFailBack(Instant now) {
        try {
            FailbackOutcome outcome = failBack.failBack();
            if (outcome.completed()) {
                log.failedBack(outcome, now);
                healthySince = null;
                // The secondary takes writes until its lease runs out; what it took by then is brought over after.
                scheduler.after(leaseLength, afterFailback);
            } else {
                log.failbackBlocked(outcome.divergentAfter());
            }
        } catch (ServiceUnavailable primaryWentDarkAgain) {
            healthySince = null;
        }
    }
}
