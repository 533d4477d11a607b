package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.replication.ReplicateRegion;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.sns.DynamoDbOpenProblems;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceCleared;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code clear-divergence} on a DynamoDB server, after a real replication pass marked a stream divergent. */
class ClearDivergenceCommandTest {

    private static final ReplicationRoute ROUTE = new ReplicationRoute(Region.US_EAST_1, Region.US_WEST_2);
    private static final DeploymentId D1 = new DeploymentId("d-42");
    private static final Instant AT = Instant.parse("2025-03-03T09:00:00Z");

    private final Dynalite dynalite = Dynalite.shared();
    private final DynamoDbClient client = dynalite.client();
    private final String sourceTable = dynalite.createEventTable();
    private final String targetTable = dynalite.createEventTable();
    private final EventStore source = new DynamoDbEventStore(client, sourceTable, Clock.systemUTC());
    private final EventStore target = new DynamoDbEventStore(client, targetTable, Clock.systemUTC());
    private final DynamoDbOpenProblems openProblems = new DynamoDbOpenProblems(client, targetTable);

    /** The target holds an orphan finish at version 2 where the source recorded another one. */
    @BeforeEach
    void markD1Divergent() {
        DeploymentStarted started = new DeploymentStarted(D1, "checkout", "production", "1.0.0", List.of(), AT);
        append(source, 0, "start", started);
        append(target, 0, "start", started);
        append(target, 1, "finish-orphan", new DeploymentFinished(D1, DeploymentOutcome.FAILED, AT.plusSeconds(60)));
        append(source, 1, "finish", new DeploymentFinished(D1, DeploymentOutcome.SUCCEEDED, AT.plusSeconds(90)));
        new ReplicateRegion(ROUTE, source, target, ReplicationSettings.defaults(),
                new OpenProblemsOnly(openProblems), Clock.systemUTC()).replicateOnce();
    }

    @Test
    void clears_a_repaired_stream_copies_what_the_target_missed_and_closes_the_alert() {
        target.discardAfter(D1.stream(), 1);

        CommandRun result = clearDivergence(D1.stream().value());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(Main.OK);
        assertThat(result.out()).isEqualTo("cleared the divergence of deployment:d-42 on us-east-1>us-west-2: copied the"
                + " events " + targetTable + " on " + dynalite.endpoint() + " had missed; replication takes the stream"
                + " again\n");
        assertThat(ids(target.readStream(D1.stream()))).isEqualTo(ids(source.readStream(D1.stream())));
        assertThat(target.readStream(ROUTE.streamAt(Instant.now())).getLast().event()).isInstanceOf(DivergenceCleared.class);
        assertThat(openProblems.open(ROUTE.series().value() + ":divergent:" + D1.stream().value()))
                .as("closed, so a new divergence alerts again").isTrue();
    }

    @Test
    void refuses_a_stream_the_target_still_holds_other_events_of_and_changes_nothing() {
        StreamId journalOfTheHour = ROUTE.streamAt(Instant.now());
        List<RecordedEvent> journal = target.readStream(journalOfTheHour);

        CommandRun result = clearDivergence(D1.stream().value());

        assertThat(result.exitCode()).isEqualTo(Main.REFUSED);
        assertThat(result.err()).startsWith("opsledger: deployment:d-42 still holds events in us-west-2")
                .endsWith("; nothing was changed\n").hasLineCount(1);
        assertThat(target.readStream(journalOfTheHour)).isEqualTo(journal);
        assertThat(ids(target.readStream(D1.stream()))).extracting(EventId::value).containsExactly("start", "finish-orphan");
    }

    @Test
    void refuses_a_stream_the_journal_does_not_mark() {
        CommandRun result = clearDivergence("incident:i-7");

        assertThat(result.exitCode()).isEqualTo(Main.REFUSED);
        assertThat(result.err()).isEqualTo("opsledger: replication:us-east-1>us-west-2: incident:i-7 is not marked"
                + " divergent, the marked streams are [deployment:d-42]; nothing was changed\n");
    }

    @Test
    void names_the_flag_at_fault_and_exits_2() {
        assertThat(usageError("--stream", "deployment:d-42")).contains("needs --route SOURCE>TARGET");
        assertThat(usageError("--route", "us-east-1", "--stream", "deployment:d-42")).contains("not 'us-east-1'");
        assertThat(usageError("--route", "us-east-1>us-east-1", "--stream", "deployment:d-42"))
                .contains("cannot replicate into itself");
        assertThat(usageError("--route", "us-east-1>us-west-2")).contains("needs --stream ID");
        assertThat(usageError("--route", "us-east-1>us-west-2", "--stream", "d-42")).contains("category:key");
        assertThat(CommandRun.of(Map.of(), "clear-divergence", "--route", "us-east-1>us-west-2", "--stream", "deployment:d-42")
                .err()).contains("needs --source-table NAME against AWS");
    }

    private String usageError(String... flags) {
        String[] args = new String[flags.length + 3];
        args[0] = "clear-divergence";
        System.arraycopy(flags, 0, args, 1, flags.length);
        args[flags.length + 1] = "--dynamodb-endpoint";
        args[flags.length + 2] = dynalite.endpoint().toString();
        CommandRun result = CommandRun.of(Map.of(), args);
        assertThat(result.exitCode()).isEqualTo(Main.USAGE);
        assertThat(result.out()).isEmpty();
        return result.err();
    }

    private CommandRun clearDivergence(String stream) {
        return CommandRun.of(Map.of(), "clear-divergence", "--route", "us-east-1>us-west-2", "--stream", stream,
                "--source-table", sourceTable, "--target-table", targetTable, "--dynamodb-endpoint",
                dynalite.endpoint().toString());
    }

    private static void append(EventStore store, long expectedVersion, String id, DomainEvent event) {
        store.append(D1.stream(), expectedVersion, List.of(new NewEvent(new EventId(id), event)));
    }

    private static List<EventId> ids(List<RecordedEvent> events) {
        return events.stream().map(RecordedEvent::id).toList();
    }
}
