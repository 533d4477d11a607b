package dev.opsledger.aws.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.replication.ReplicateRegion;
import dev.opsledger.application.replication.ReplicationPass;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynalite.ThrottlingProxy;
import dev.opsledger.aws.dynamodb.DynamoDbStreamChangeFeed;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.inmemory.RecordingAlertNotifier;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The disaster-recovery region's table throttling the replicator, through a proxy in front of its dynalite. */
class ThrottledTargetReplicationTest {

    /** Few and immediate retries keep the test fast; how many there are is what the assertions rely on. */
    private static final int SDK_ATTEMPTS = 3;

    private final VirtualClock clock = new VirtualClock(Instant.parse("2025-03-03T14:20:00Z"));
    private final TwoDynaliteRegions regions = TwoDynaliteRegions.fresh(clock);
    private final ThrottlingProxy proxy = ThrottlingProxy.inFrontOf(TwoDynaliteRegions.secondaryServer().endpoint());
    private final DynamoDbClient throttledClient = Dynalite.clientFor(proxy.endpoint(), configuration -> configuration
            .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                    .maxAttempts(SDK_ATTEMPTS)
                    .backoffStrategy(BackoffStrategy.retryImmediately())
                    .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                    .circuitBreakerEnabled(false)
                    .build()));
    private final DynaliteTable throttledSecondary = regions.secondary().through(throttledClient);
    private final RecordingAlertNotifier notifier = new RecordingAlertNotifier(new Faults());
    private final ReplicateRegion replication = new ReplicateRegion(TwoDynaliteRegions.ROUTE, regions.primary().newStore(),
            throttledSecondary.newStore(), ReplicationSettings.defaults(), notifier, clock);

    @AfterEach
    void stopTheProxy() {
        throttledClient.close();
        proxy.close();
    }

    @Test
    void brief_throttling_is_absorbed_by_the_sdk_retries() {
        writeToThePrimary(20);
        proxy.throttleNext(SDK_ATTEMPTS - 1, "PutItem");

        List<ReplicationPass> passes = CatchUp.passes(replication);

        assertThat(proxy.throttledRequests()).isEqualTo(SDK_ATTEMPTS - 1);
        assertThat(passes).allSatisfy(pass -> assertThat(pass.succeeded()).isTrue());
        assertConverged();
    }

    @Test
    void a_pass_the_target_throttles_records_the_failure_there_and_a_later_pass_converges() {
        writeToThePrimary(20);
        proxy.throttleNext(SDK_ATTEMPTS);

        ReplicationPass throttled = replication.replicateOnce();
        clock.advance(Duration.ofMinutes(1));
        List<ReplicationPass> afterwards = CatchUp.passes(replication);

        assertThat(throttled.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("throttled"));
        assertThat(throttled.applied()).isZero();
        assertThat(afterwards.getFirst().applied()).isEqualTo(regions.audit().sourceCommits());
        assertThat(regions.replicationEvents()).first().isInstanceOfSatisfying(ReplicationFailed.class,
                failed -> assertThat(failed.consecutiveFailures()).isEqualTo(1));
        assertThat(regions.replicationEvents()).filteredOn(CheckpointAdvanced.class::isInstance).hasSize(1);
        assertConverged();
    }

    @Test
    void a_target_throttled_pass_after_pass_alerts_once_and_resolves_when_a_pass_gets_through() {
        writeToThePrimary(10);
        proxy.throttleNext(Integer.MAX_VALUE);
        for (int i = 0; i < ReplicationSettings.DEFAULT_FAILURES_BEFORE_ALERT + 1; i++) {
            assertThat(replication.replicateOnce().succeeded()).isFalse();
            clock.advance(Duration.ofMinutes(5));
        }
        List<Alert> whileThrottled = notifier.sent();

        proxy.throttleNext(0);
        CatchUp.passes(replication);

        assertThat(whileThrottled).singleElement()
                .satisfies(alert -> assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL));
        assertThat(notifier.sent()).extracting(Alert::severity)
                .containsExactly(AlertSeverity.CRITICAL, AlertSeverity.RESOLVED);
        assertConverged();
    }

    @Test
    void a_change_record_the_target_throttles_fails_for_redelivery_and_lands_once() {
        writeToThePrimary(5);
        List<Commit> records = new DynamoDbStreamChangeFeed().commitsOf(new ScannedChangeStream(regions.primary()).newRecords());
        proxy.throttleNext(Integer.MAX_VALUE);

        assertThatThrownBy(() -> replication.applyCommit(records.getFirst()))
                .isInstanceOfSatisfying(ServiceUnavailable.class, failure -> assertThat(failure.throttled()).isTrue());

        proxy.throttleNext(0);
        records.forEach(replication::applyCommit);
        records.forEach(replication::applyCommit);
        assertConverged();
    }

    private void writeToThePrimary(int requests) {
        new OpsWorkload(List.of(regions.primary().newStore()), TwoDynaliteRegions.PAIR.primary(), clock, new Random(requests))
                .write(requests);
    }

    private void assertConverged() {
        ReplicationAudit audit = regions.audit();
        assertThat(audit.sourceCommits()).isPositive();
        assertThat(audit.lost()).isEmpty();
        assertThat(audit.duplicated()).isEmpty();
        assertThat(audit.divergent()).isEmpty();
    }
}
