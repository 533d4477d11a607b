package dev.opsledger.local;

import dev.opsledger.application.replication.ResumeDivergentStream;
import dev.opsledger.application.replication.ResumeDivergentStream.Resumed;
import dev.opsledger.application.replication.StreamStillDivergent;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.sns.DynamoDbOpenProblems;
import dev.opsledger.aws.wiring.AwsClients;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code clear-divergence}: lets replication take again a stream it holds back as divergent, once an operator has
 * repaired it ({@link ResumeDivergentStream}). Refused, changing nothing, while the target region's table still
 * holds events of the stream that the source's lacks, or when the route's journal does not mark the stream.
 * Against AWS (each region's table, the SDK's default credentials) or a DynamoDB server
 * ({@code --dynamodb-endpoint}, or {@value EndpointSetting#VARIABLE}, where the tables default to serve's
 * {@code opsledger-<region>}). Prints what it did on stdout.
 */
final class ClearDivergenceCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    ClearDivergenceCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run(List<String> args) {
        Arguments arguments = new Arguments(args);
        Optional<String> route = Optional.empty();
        Optional<String> stream = Optional.empty();
        Optional<String> sourceTable = Optional.empty();
        Optional<String> targetTable = Optional.empty();
        Optional<EndpointSetting> dynamoDb = EndpointSetting.fromEnvironment(env);
        while (arguments.hasNext()) {
            Arguments.Flag flag = arguments.nextFlag();
            switch (flag.name()) {
                case "--help", "-h" -> {
                    out.print(Usage.text());
                    return Main.OK;
                }
                case "--route" -> route = Optional.of(arguments.valueOf(flag));
                case "--stream" -> stream = Optional.of(arguments.valueOf(flag));
                case "--source-table" -> sourceTable = Optional.of(arguments.valueOf(flag));
                case "--target-table" -> targetTable = Optional.of(arguments.valueOf(flag));
                case "--dynamodb-endpoint" ->
                        dynamoDb = Optional.of(new EndpointSetting(flag.name(), arguments.valueOf(flag)));
                default -> throw new UsageError("unknown flag '" + flag.name() + "' for clear-divergence");
            }
        }
        ReplicationRoute replicationRoute = route(route);
        StreamId divergent = stream(stream);
        Optional<URI> server = dynamoDb.map(EndpointSetting::endpoint);
        TableLocation source = location("--source-table", sourceTable, replicationRoute.source(), server);
        TableLocation target = location("--target-table", targetTable, replicationRoute.target(), server);
        try (AwsClients clients = server.map(endpoint -> AwsClients.forServer(endpoint, ServerFailure.CALL_TIMEOUT))
                .orElseGet(() -> new AwsClients(Optional.empty()))) {
            DynamoDbClient sourceClient = clients.dynamoDb(source.region());
            DynamoDbClient targetClient = clients.dynamoDb(target.region());
            TableSteps sourceSteps = new TableSteps(sourceClient, source);
            TableSteps targetSteps = new TableSteps(targetClient, target);
            sourceSteps.checkTable();
            targetSteps.checkTable();
            ResumeDivergentStream resume = new ResumeDivergentStream(replicationRoute,
                    new DynamoDbEventStore(sourceClient, source.table(), Clock.systemUTC()),
                    new DynamoDbEventStore(targetClient, target.table(), Clock.systemUTC()),
                    new OpenProblemsOnly(new DynamoDbOpenProblems(targetClient, target.table())), Clock.systemUTC());
            Resumed resumed;
            try {
                resumed = targetSteps.call("clear the divergence of " + divergent, () -> resume.resume(divergent));
            } catch (StreamStillDivergent | CommandRejected refused) {
                err.println("opsledger: " + refused.getMessage() + "; nothing was changed");
                return Main.REFUSED;
            }
            out.println("cleared the divergence of " + divergent + " on " + replicationRoute.series().key() + ": "
                    + (resumed.caughtUp() ? "copied the events " + target + " had missed; " : "")
                    + "replication takes the stream again");
        }
        return Main.OK;
    }

    private static ReplicationRoute route(Optional<String> flag) {
        String value = flag.orElseThrow(() -> new UsageError("clear-divergence needs --route SOURCE>TARGET, the regions"
                + " of the replication (e.g. --route 'us-east-1>us-west-2')"));
        String[] regions = value.split(">", -1);
        try {
            if (regions.length == 2) {
                return new ReplicationRoute(new Region(regions[0]), new Region(regions[1]));
            }
        } catch (IllegalArgumentException invalid) {
            throw new UsageError("--route takes two different regions as SOURCE>TARGET, not '" + value + "': "
                    + invalid.getMessage());
        }
        throw new UsageError("--route takes two regions as SOURCE>TARGET (quoted for the shell, e.g."
                + " --route 'us-east-1>us-west-2'), not '" + value + "'");
    }

    private static StreamId stream(Optional<String> flag) {
        String value = flag.orElseThrow(() -> new UsageError("clear-divergence needs --stream ID, the divergent stream"
                + " as the alert names it (e.g. --stream deployment:d-42)"));
        try {
            return new StreamId(value);
        } catch (IllegalArgumentException invalid) {
            throw new UsageError("--stream takes a stream id written category:key (e.g. deployment:d-42), not '"
                    + value + "'");
        }
    }

    /** On a DynamoDB server, serve's tables unless told otherwise; on AWS there is no default to guess. */
    private static TableLocation location(String flagName, Optional<String> flag, Region region, Optional<URI> server) {
        return new TableLocation(tableName(flagName, flag, region, server), region, server);
    }

    private static String tableName(String flagName, Optional<String> flag, Region region, Optional<URI> server) {
        if (flag.isEmpty() && server.isPresent()) {
            return DynamoDbRegionStorage.tableName(region);
        }
        return TableNames.checked(flagName, flag.orElseThrow(() -> new UsageError("clear-divergence needs " + flagName
                + " NAME against AWS, the event table of " + region + " (e.g. " + flagName + " DevOpsMetrics)")));
    }
}
