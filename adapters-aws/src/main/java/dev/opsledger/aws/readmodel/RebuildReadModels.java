package dev.opsledger.aws.readmodel;

import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.health.summary.HealthSummaryReadModel;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.domain.shared.LogPosition;
import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Rebuilds the DORA read model and the health summary from the log: pages the whole feed from
 * {@link LogPosition#START} and applies every commit to both. Both models are idempotent, so rebuilding
 * into empty items, over items already maintained, or twice, gives the same answers.
 *
 * <p>The feed may show a commit a little after it was acknowledged; a rebuild while writes go on
 * therefore leaves the newest commits to the live projector, whose look-back delivers them.
 *
 * <p>Nothing is deleted first: models whose item format changed are dropped with
 * {@link ReadModelItems#dropAll()} before the rebuild. The local runner offers both as one command,
 * {@code ./opsledger rebuild-read-models --table DevOpsMetrics [--fresh]}.
 */
public final class RebuildReadModels {

    static final int PAGE_SIZE = 500;

    private final DoraReadModel dora;
    private final HealthSummaryReadModel health;

    public RebuildReadModels(DoraReadModel dora, HealthSummaryReadModel health) {
        this.dora = Objects.requireNonNull(dora, "dora");
        this.health = Objects.requireNonNull(health, "health");
    }

    /** What a rebuild went through: the commits applied and the feed position it stopped at. */
    public record Rebuilt(long commits, LogPosition upTo) {
    }

    /** Rebuilds both read models of the table from the table's own log. */
    public static Rebuilt rebuild(DynamoDbClient client, String tableName) {
        return new RebuildReadModels(new DynamoDbDoraReadModel(client, tableName), new DynamoDbHealthSummary(client, tableName))
                .rebuild(new DynamoDbEventStore(client, tableName, Clock.systemUTC()));
    }

    public Rebuilt rebuild(EventStore store) {
        LogPosition after = LogPosition.START;
        long commits = 0;
        while (true) {
            FeedPage page = store.readFeed(after, PAGE_SIZE);
            if (page.commits().isEmpty()) {
                return new Rebuilt(commits, after);
            }
            for (Commit commit : page.commits()) {
                dora.apply(commit);
                health.apply(commit);
                commits++;
            }
            after = page.next();
        }
    }
}
