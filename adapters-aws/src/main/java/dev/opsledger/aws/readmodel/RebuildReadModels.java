package dev.opsledger.aws.readmodel;

import dev.opsledger.application.dora.DoraReadModel;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.domain.shared.LogPosition;
import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Rebuilds the DORA read model and the health summary from the log: pages the whole feed from
 * {@link LogPosition#START} and applies every commit to both. Both models are idempotent, so rebuilding
 * into empty items, over items already maintained, or twice, gives the same answers.
 *
 * <p>The feed may show a commit a little after it was acknowledged; a rebuild while writes go on
 * therefore leaves the newest commits to the live projector, whose look-back delivers them.
 *
 * <p>As one command, against the table of one region, with the region and credentials of the SDK's
 * default chains ({@code AWS_REGION}, {@code AWS_PROFILE} or the role the command runs under):
 * <pre>{@code
 * java -cp <a jar holding adapters-aws and its dependencies> \
 *     dev.opsledger.aws.readmodel.RebuildReadModels DevOpsMetrics
 * }</pre>
 * A bootstrap that offers the command calls {@link #rebuild(DynamoDbClient, String)} with its own client.
 */
public final class RebuildReadModels {

    static final int PAGE_SIZE = 500;

    private final DoraReadModel dora;
    private final DynamoDbHealthSummary health;

    public RebuildReadModels(DoraReadModel dora, DynamoDbHealthSummary health) {
        this.dora = Objects.requireNonNull(dora, "dora");
        this.health = Objects.requireNonNull(health, "health");
    }

    /** What a rebuild went through: the commits applied and the feed position it stopped at. */
    public record Rebuilt(long commits, LogPosition upTo) {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: RebuildReadModels <table name>");
            System.exit(2);
        }
        try (DynamoDbClient client = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build()) {
            Rebuilt rebuilt = rebuild(client, args[0]);
            System.out.println("rebuilt the read models of " + args[0] + " from " + rebuilt.commits() + " commits, up to " + rebuilt.upTo());
        }
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
