package dev.opsledger.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynalite.ThrottlingProxy;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The SDK's own retries, through a proxy answering as DynamoDB does when it throttles. */
class DynamoDbThrottlingTest {

    private static final int ATTEMPTS = 4;
    private static final BackoffStrategy QUICK = BackoffStrategy.exponentialDelay(Duration.ofMillis(5), Duration.ofMillis(40));

    private final Dynalite dynalite = Dynalite.shared();
    private final String table = dynalite.createEventTable();
    private final ThrottlingProxy proxy = ThrottlingProxy.inFrontOf(dynalite.endpoint());
    private final DynamoDbClient throttledClient = Dynalite.clientFor(proxy.endpoint(), configuration -> configuration
            .retryStrategy(retries -> retries.maxAttempts(ATTEMPTS).backoffStrategy(QUICK).throttlingBackoffStrategy(QUICK)));
    private final DynamoDbEventStore store = new DynamoDbEventStore(throttledClient, table, Instant::now);
    private final DynamoDbEventStore direct = new DynamoDbEventStore(dynalite.client(), table, Instant::now);
    private final StreamId stream = StreamId.of("incident", "INC-7");

    @AfterEach
    void closeProxy() {
        throttledClient.close();
        proxy.close();
    }

    @Test
    void appends_after_the_sdk_retried_throttled_requests() {
        proxy.throttleNext(ATTEMPTS - 1);

        store.append(stream, 0, List.of(resolved("e1")));

        assertThat(proxy.throttledRequests()).isEqualTo(ATTEMPTS - 1);
        assertThat(direct.readStream(stream)).extracting(RecordedEvent::id).containsExactly(new EventId("e1"));
    }

    @Test
    void appends_after_the_sdk_retried_a_throttled_conditional_put() {
        proxy.throttleNext(ATTEMPTS - 1, "PutItem");

        store.append(stream, 0, List.of(resolved("e1")));

        assertThat(proxy.throttledRequests()).isEqualTo(ATTEMPTS - 1);
        assertThat(direct.readStream(stream)).extracting(RecordedEvent::id).containsExactly(new EventId("e1"));
    }

    @Test
    void reports_throttling_beyond_the_retries_as_unavailable_and_leaves_the_stream_unchanged() {
        direct.append(stream, 0, List.of(resolved("e1")));
        proxy.throttleNext(100, "PutItem");

        assertThatThrownBy(() -> store.append(stream, 1, List.of(resolved("e2"))))
                .isInstanceOfSatisfying(ServiceUnavailable.class, unavailable -> assertThat(unavailable.throttled()).isTrue());
        assertThat(proxy.throttledRequests()).isEqualTo(ATTEMPTS);
        assertThat(direct.readStream(stream)).extracting(RecordedEvent::id).containsExactly(new EventId("e1"));
    }

    @Test
    void reports_throttled_reads_as_unavailable() {
        proxy.throttleNext(100);

        assertThatThrownBy(() -> store.readStream(stream))
                .isInstanceOfSatisfying(ServiceUnavailable.class, unavailable -> assertThat(unavailable.throttled()).isTrue());
    }

    @Test
    void reports_an_unreachable_endpoint_as_unavailable_but_not_throttled() {
        proxy.close();

        assertThatThrownBy(() -> store.append(stream, 0, List.of(resolved("e1"))))
                .isInstanceOfSatisfying(ServiceUnavailable.class, unavailable -> assertThat(unavailable.throttled()).isFalse());
        assertThat(direct.readStream(stream)).isEmpty();
    }

    private static NewEvent resolved(String id) {
        return new NewEvent(new EventId(id), new IncidentResolved(new IncidentId("INC-7"), Instant.parse("2025-03-01T12:00:00Z")));
    }
}
