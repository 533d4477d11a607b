package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.local.regions.JobIntervals;
import dev.opsledger.local.regions.LocalRegion;
import dev.opsledger.local.regions.LocalRegions;
import dev.opsledger.local.regions.RegionStorage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActiveRegionApiTest {

    private static final Duration QUICK = Duration.ofMillis(100);

    private final LocalRegions regions = LocalRegions.start(RegionPair.DEFAULT, RegionStorage.inMemory(),
            new JobIntervals(QUICK, 3, Duration.ofMinutes(10), QUICK, QUICK, QUICK, QUICK, Duration.ofSeconds(10)),
            Clock.systemUTC(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    private final ActiveRegionApi api = new ActiveRegionApi(regions, ActiveRegionApiTest::answeringWithItsRegion);

    @AfterEach
    void stop() {
        regions.close();
    }

    @Test
    void requests_reach_the_primarys_function_and_after_a_failover_the_standbys() throws Exception {
        assertThat(invoke()).isEqualTo("us-east-1");

        regions.primary().goDark();
        Instant giveUp = Instant.now().plusSeconds(10);
        while (regions.active() != regions.secondary()) {
            assertThat(Instant.now()).as("failed over in time").isBefore(giveUp);
            Thread.sleep(20);
        }

        assertThat(invoke()).isEqualTo("us-west-2");
    }

    private String invoke() throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        api.handleRequest(new ByteArrayInputStream(new byte[0]), output, null);
        return output.toString(StandardCharsets.UTF_8);
    }

    private static RequestStreamHandler answeringWithItsRegion(LocalRegion region) {
        return (input, output, context) -> output.write(region.region().name().getBytes(StandardCharsets.UTF_8));
    }
}
