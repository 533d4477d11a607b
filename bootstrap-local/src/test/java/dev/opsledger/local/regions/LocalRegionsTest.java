package dev.opsledger.local.regions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.recording.RecordDeployment;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.Region;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalRegionsTest {

    private static final Duration QUICK = Duration.ofMillis(100);
    private static final JobIntervals QUICK_JOBS = new JobIntervals(QUICK, 3, Duration.ofMillis(500),
            Duration.ofMillis(300), QUICK, QUICK, QUICK, Duration.ofSeconds(10));
    private static final Instant NOW = Instant.now();

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Map<Region, RegionTable> tables = new ConcurrentHashMap<>();
    /** Tables that outlive the regions running on them, as a DynamoDB server's do. */
    private final RegionStorage lasting = (region, clock) ->
            tables.computeIfAbsent(region, opened -> RegionStorage.inMemory().open(opened, clock));
    private LocalRegions regions = start();

    @AfterEach
    void stop() {
        regions.close();
    }

    @Test
    void a_deployment_recorded_in_the_primary_reaches_the_secondary_both_read_models_and_the_bus() {
        record(regions.primary(), "d-1");

        awaitTrue("replicated, projected in both regions and published", () ->
                regions.secondary().log().readStream(new DeploymentId("d-1").stream()).size() == 2
                        && deploymentsIn(regions.primary()) == 1 && deploymentsIn(regions.secondary()) == 1
                        && regions.primary().publisher().distinctPublished().size() == 2);
        assertThat(regions.secondary().publisher().published()).as("the standby publishes nothing").isEmpty();
    }

    @Test
    void a_dark_primary_fails_over_to_the_secondary_which_then_takes_writes_and_fails_back_once_restored() {
        record(regions.primary(), "before");
        awaitTrue("replicated", () -> deploymentsIn(regions.secondary()) == 1);

        regions.primary().goDark();
        awaitTrue("failed over", () -> regions.active() == regions.secondary());
        record(regions.secondary(), "during");
        regions.primary().restore();

        awaitTrue("failed back with the write taken meanwhile", () -> regions.active() == regions.primary()
                && deploymentsIn(regions.primary()) == 2
                && log.toString(StandardCharsets.UTF_8).contains("failed back, us-east-1 is active (epoch 2)"));
        assertThat(regions.router().activeRegion()).isEqualTo(new ActiveRegion(Region.US_EAST_1, 2));
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("failed over, us-west-2 is active (epoch 1)");
    }

    @Test
    void started_again_on_the_same_tables_after_a_failover_the_standby_is_still_active_at_its_epoch() {
        regions.primary().goDark();
        awaitTrue("failed over", () -> regions.active() == regions.secondary());
        regions.close();

        regions = start();

        assertThat(regions.router().activeRegion()).isEqualTo(new ActiveRegion(Region.US_WEST_2, 1));
    }

    private LocalRegions start() {
        return LocalRegions.start(RegionPair.DEFAULT, lasting, QUICK_JOBS, Clock.systemUTC(),
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    private void record(LocalRegion region, String id) {
        new RecordDeployment(region.log(), new WriteFence(region.region(), regions.router())).handle(id,
                new DeploymentCommand.RecordDeployment(new DeploymentId(id), "checkout", "production", "v1",
                        List.of(new Change("abc1234", NOW.minusSeconds(3600))), NOW.minusSeconds(60),
                        DeploymentOutcome.SUCCEEDED, NOW.minusSeconds(30)));
    }

    private static int deploymentsIn(LocalRegion region) {
        try {
            return region.doraModel().facts(ReportScope.ofService("checkout", "production", NOW.minusSeconds(86_400),
                    NOW.plusSeconds(60))).deployments().size();
        } catch (RuntimeException unreachable) {
            return -1;
        }
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        Instant giveUp = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting until " + what).isBefore(giveUp);
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                throw new AssertionError(interrupted);
            }
        }
    }
}
