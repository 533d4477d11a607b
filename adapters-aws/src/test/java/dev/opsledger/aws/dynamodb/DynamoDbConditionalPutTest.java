package dev.opsledger.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.EventIdsReused;
import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynalite.ThrottlingProxy;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Another writer gets in between an append's check and its conditional put, on purpose. */
class DynamoDbConditionalPutTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");

    private final Dynalite dynalite = Dynalite.shared();
    private final String table = dynalite.createEventTable();
    private final ThrottlingProxy proxy = ThrottlingProxy.inFrontOf(dynalite.endpoint());
    private final DynamoDbClient proxiedClient = Dynalite.clientFor(proxy.endpoint(), configuration -> { });
    private final DynamoDbEventStore store = new DynamoDbEventStore(proxiedClient, table, () -> NOON);
    private final DynamoDbEventStore otherWriter = new DynamoDbEventStore(dynalite.client(), table, () -> NOON);
    private final StreamId stream = StreamId.of("incident", "INC-9");

    @AfterEach
    void closeProxy() {
        proxiedClient.close();
        proxy.close();
    }

    @Test
    void reports_an_append_that_lost_its_put_to_the_very_same_batch_as_already_appended() {
        proxy.beforeForwardingNext("PutItem", () -> otherWriter.append(stream, 0, batch("a", "b")));

        AppendResult result = store.append(stream, 0, batch("a", "b"));

        assertThat(result.alreadyAppended()).isTrue();
        assertThat(result.commit().firstVersion()).isEqualTo(1);
        assertThat(otherWriter.readStream(stream)).extracting(RecordedEvent::id)
                .containsExactly(new EventId("a"), new EventId("b"));
    }

    @Test
    void reports_the_winners_version_when_its_put_lost_to_another_batch() {
        proxy.beforeForwardingNext("PutItem", () -> otherWriter.append(stream, 0, batch("x", "y")));

        assertThatThrownBy(() -> store.append(stream, 0, batch("a")))
                .isInstanceOfSatisfying(ConcurrencyConflict.class, conflict -> {
                    assertThat(conflict.expectedVersion()).isZero();
                    assertThat(conflict.actualVersion()).isEqualTo(2);
                });
        assertThat(otherWriter.readStream(stream)).extracting(RecordedEvent::id)
                .containsExactly(new EventId("x"), new EventId("y"));
    }

    @Test
    void refuses_a_batch_whose_put_lost_to_a_commit_holding_some_of_its_ids() {
        proxy.beforeForwardingNext("PutItem", () -> otherWriter.append(stream, 0, batch("a", "x")));

        assertThatThrownBy(() -> store.append(stream, 0, batch("a", "b"))).isInstanceOf(EventIdsReused.class);
        assertThat(otherWriter.readStream(stream)).hasSize(2);
    }

    private static List<NewEvent> batch(String... ids) {
        return Arrays.stream(ids)
                .map(id -> new NewEvent(new EventId(id), new IncidentResolved(new IncidentId("INC-9"), NOON)))
                .toList();
    }
}
