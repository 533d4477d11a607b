package dev.opsledger.aws.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The audit the replication tests rely on finds what it is meant to find. */
class ReplicationAuditTest {

    private static final IncidentId INCIDENT = new IncidentId("inc-1");
    private static final StreamId STREAM = INCIDENT.stream();
    private static final Instant OPENED = Instant.parse("2025-03-03T10:00:00Z");

    private final VirtualClock clock = new VirtualClock(OPENED);
    private final TwoDynaliteRegions regions = TwoDynaliteRegions.fresh(clock);
    private final EventStore primary = regions.primary().newStore();
    private final EventStore secondary = regions.secondary().newStore();

    @Test
    void finds_nothing_wrong_with_a_faithful_copy_merged_into_one_commit() {
        writeOpenedAndResolved(primary);
        secondary.append(STREAM, 0, List.of(opened(), resolved()));

        ReplicationAudit audit = regions.audit();

        assertThat(audit.sourceCommits()).isEqualTo(2);
        assertThat(audit.clean()).isTrue();
    }

    @Test
    void names_each_event_the_target_lacks() {
        writeOpenedAndResolved(primary);
        secondary.append(STREAM, 0, List.of(opened()));

        ReplicationAudit audit = regions.audit();

        assertThat(audit.lost()).singleElement().asString().startsWith("resolved-1 of " + STREAM + "@2");
        assertThat(audit.divergent()).containsExactly(STREAM);
        assertThat(audit.duplicated()).isEmpty();
    }

    @Test
    void finds_two_items_of_the_target_that_hold_the_same_version() {
        writeOpenedAndResolved(primary);
        secondary.append(STREAM, 0, List.of(opened(), resolved()));
        Map<String, AttributeValue> secondCommitOfThePrimary = regions.primary().items().stream()
                .filter(item -> StoredCommit.of(item).map(StoredCommit::firstVersion).equals(Optional.of(2L)))
                .findFirst()
                .orElseThrow();
        regions.secondary().client().putItem(put -> put.tableName(regions.secondary().tableName())
                .item(secondCommitOfThePrimary));

        ReplicationAudit audit = regions.audit();

        assertThat(audit.duplicated()).hasSize(2)
                .anySatisfy(finding -> assertThat(finding).contains("already holds, up to v2"))
                .anySatisfy(finding -> assertThat(finding).contains("resolved-1 is in " + STREAM + " more than once"));
    }

    @Test
    void finds_a_stream_that_holds_other_events_in_the_target() {
        writeOpenedAndResolved(primary);
        secondary.append(STREAM, 0, List.of(opened(),
                new NewEvent(new EventId("attributed-in-dr"), new IncidentAttributed(INCIDENT, new DeploymentId("d9")))));

        ReplicationAudit audit = regions.audit();

        assertThat(audit.divergent()).containsExactly(STREAM);
        assertThat(audit.lost()).singleElement().asString().contains("the target holds attributed-in-dr at v2");
    }

    private void writeOpenedAndResolved(EventStore store) {
        store.append(STREAM, 0, List.of(opened()));
        store.append(STREAM, 1, List.of(resolved()));
    }

    private static NewEvent opened() {
        return new NewEvent(new EventId("opened-1"),
                new IncidentOpened(INCIDENT, "checkout", "production", Severity.HIGH, OPENED, Optional.empty()));
    }

    private static NewEvent resolved() {
        return new NewEvent(new EventId("resolved-1"), new IncidentResolved(INCIDENT, OPENED.plusSeconds(600)));
    }
}
