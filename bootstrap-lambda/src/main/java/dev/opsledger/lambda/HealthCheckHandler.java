package dev.opsledger.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.failover.EvaluateFailover;
import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.application.fencing.RenewWriteLease;
import dev.opsledger.application.port.WriteLease;
import dev.opsledger.application.health.HealthCheckReport;
import dev.opsledger.application.health.RunHealthCheck;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.aws.wiring.AwsBackgroundAdapters;
import dev.opsledger.aws.wiring.AwsRegionAdapters;
import dev.opsledger.aws.wiring.AwsSettings;
import dev.opsledger.lambda.wiring.Container;
import dev.opsledger.lambda.wiring.HandlerJson;
import dev.opsledger.lambda.wiring.HealthCheckSettings;
import dev.opsledger.lambda.wiring.Pause;
import dev.opsledger.lambda.wiring.PrimaryWatch;
import dev.opsledger.lambda.wiring.ScheduledEvents;
import dev.opsledger.lambda.wiring.SnapStartPriming;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * EventBridge's schedule: probes this region's components ({@code RunHealthCheck}) and, in the secondary
 * region, also the primary's, whose reports decide a failover ({@code EvaluateFailover}); after each round it
 * renews the region's write lease from the router ({@code RenewWriteLease}), which is what the region's API
 * writes under. The schedule
 * fires once a minute; one invocation takes {@link HealthCheckSettings#checksPerInvocation()} rounds, each
 * due the configured interval after the one before counted from the start of the invocation, so a slow
 * round (a dark region's probes wait for their timeouts) does not push the later ones towards the next
 * invocation. A round whose slot passed while the one before still ran is skipped: checks stay at least an
 * interval apart, as the simulator's {@code as-deployed} scenario assumes. It stops early when the
 * function's time runs short.
 */
public final class HealthCheckHandler implements RequestStreamHandler {

    private static final String EXPECTED = "an EventBridge scheduled event";
    private static final Duration TIME_TO_SPARE = Duration.ofSeconds(10);

    private final RunHealthCheck ownRegion;
    private final Optional<PrimaryWatch> primaryWatch;
    private final RenewWriteLease lease;
    private final HealthCheckSettings settings;
    private final Pause pause;
    private final InstantSource clock;
    private final SnapStartPriming priming;

    public HealthCheckHandler() {
        this(Container.local(), Container.background(), HealthCheckSettings.fromEnvironment(System.getenv()));
    }

    private HealthCheckHandler(AwsRegionAdapters adapters, AwsBackgroundAdapters background,
            HealthCheckSettings settings) {
        this(new RunHealthCheck(adapters.settings().region(), background.probes(), adapters.eventStore(),
                background.notifier(), adapters.metrics(), settings.policy()),
                primaryWatch(adapters, background, settings),
                new RenewWriteLease(adapters.router(), adapters.writeLeases(), Clock.systemUTC(),
                        FailoverSchedule.writeLeaseFor(settings.interval())),
                settings, Pause.SLEEP, Clock.systemUTC());
    }

    /** {@code clock} places the rounds' slots; {@code pause} waits for them. */
    public HealthCheckHandler(RunHealthCheck ownRegion, Optional<PrimaryWatch> primaryWatch, RenewWriteLease lease,
            HealthCheckSettings settings, Pause pause, InstantSource clock) {
        this.ownRegion = Objects.requireNonNull(ownRegion, "ownRegion");
        this.primaryWatch = Objects.requireNonNull(primaryWatch, "primaryWatch");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.priming = SnapStartPriming.register("HealthCheckHandler", HealthCheckHandler::dryRequest);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        ScheduledEvents.requireScheduledEvent(HandlerJson.readEvent(input, EXPECTED));
        ObjectNode answer = HandlerJson.MAPPER.createObjectNode();
        ArrayNode rounds = answer.putArray("rounds");
        Instant started = clock.instant();
        for (int round = 0; round < settings.checksPerInvocation(); round++) {
            if (round > 0) {
                Duration untilDue = Duration.between(clock.instant(), started.plus(settings.interval().multipliedBy(round)));
                if (untilDue.isNegative()) {
                    continue;
                }
                if (!waitForRound(untilDue, context)) {
                    break;
                }
            }
            ObjectNode checked = rounds.addObject();
            checked.set("region", report(ownRegion.run()));
            primaryWatch.map(PrimaryWatch::check).ifPresent(watched -> {
                ObjectNode primary = checked.putObject("primary");
                primary.setAll(report(watched.report()));
                watched.failedOverTo().ifPresent(active ->
                        primary.putObject("failedOverTo").put("region", active.region().name()).put("epoch", active.epoch()));
                watched.undecided().ifPresent(why -> primary.put("failoverUndecided", why));
            });
            renewLease(checked.putObject("writeLease"));
        }
        HandlerJson.write(output, answer);
    }

    /** A router or table out of reach leaves the lease to the next round, which may still renew it in time. */
    private void renewLease(ObjectNode answer) {
        try {
            WriteLease renewed = lease.renew();
            answer.put("region", renewed.holder().region().name())
                    .put("epoch", renewed.holder().epoch())
                    .put("writableFrom", renewed.writableFrom().toString())
                    .put("expiresAt", renewed.expiresAt().toString());
        } catch (ServiceUnavailable unreachable) {
            answer.put("notRenewed", unreachable.getMessage());
        }
    }

    private boolean waitForRound(Duration untilDue, Context context) {
        if (context.getRemainingTimeInMillis() < untilDue.plus(TIME_TO_SPARE).toMillis()) {
            return false;
        }
        try {
            pause.pause(untilDue);
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ObjectNode report(HealthCheckReport report) {
        ObjectNode node = HandlerJson.MAPPER.createObjectNode()
                .put("name", report.region().name())
                .put("checkedAt", report.checkedAt().toString())
                .put("allPassed", report.allPassed());
        ObjectNode statuses = node.putObject("statuses");
        report.statuses().forEach((component, status) -> statuses.put(component.name(), status.name()));
        return node;
    }

    private static Optional<PrimaryWatch> primaryWatch(AwsRegionAdapters adapters, AwsBackgroundAdapters background,
            HealthCheckSettings settings) {
        AwsSettings aws = adapters.settings();
        if (!aws.region().equals(aws.regions().secondary())) {
            return Optional.empty();
        }
        return Optional.of(new PrimaryWatch(
                new RunHealthCheck(aws.regions().primary(), background.probes(), adapters.eventStore(),
                        background.notifier(), adapters.metrics(), settings.policy()),
                new EvaluateFailover(aws.regions(), adapters.router(), adapters.eventStore(),
                        settings.failureThreshold(), background.notifier(), Clock.systemUTC())));
    }

    /** The event parsing and the answer's JSON; probing is left to the first real check, it records results. */
    private static void dryRequest() {
        ScheduledEvents.requireScheduledEvent(HandlerJson.readEvent(PrimingEvents.scheduledEvent(), EXPECTED));
        HandlerJson.write(OutputStream.nullOutputStream(), HandlerJson.MAPPER.createObjectNode().putArray("rounds"));
    }
}
