package dev.opsledger.local;

import dev.opsledger.aws.readmodel.RebuildReadModels.Rebuilt;
import dev.opsledger.aws.wiring.AwsClients;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * {@code rebuild-read-models}: rebuilds the read models behind {@code GET /metrics} and {@code GET /health}
 * in one region's table from that table's log, after deleting them all with {@code --fresh} (for when a
 * model's item format changed). Against AWS, in {@code --region} or the SDK's default region, with the
 * SDK's default credentials; or against a DynamoDB server ({@code --dynamodb-endpoint}, or
 * {@value EndpointSetting#VARIABLE}). Both steps are idempotent, so a run that failed half-way is simply
 * run again. Prints what it did on stdout.
 */
final class RebuildReadModelsCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    RebuildReadModelsCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run(List<String> args) {
        Arguments arguments = new Arguments(args);
        Optional<String> table = Optional.empty();
        Optional<String> region = Optional.empty();
        Optional<EndpointSetting> dynamoDb = EndpointSetting.fromEnvironment(env);
        boolean fresh = false;
        while (arguments.hasNext()) {
            Arguments.Flag flag = arguments.nextFlag();
            switch (flag.name()) {
                case "--help", "-h" -> {
                    out.print(Usage.text());
                    return Main.OK;
                }
                case "--table" -> table = Optional.of(arguments.valueOf(flag));
                case "--region" -> region = Optional.of(arguments.valueOf(flag));
                case "--dynamodb-endpoint" ->
                        dynamoDb = Optional.of(new EndpointSetting(flag.name(), arguments.valueOf(flag)));
                case "--fresh" -> {
                    arguments.noValue(flag);
                    fresh = true;
                }
                default -> throw new UsageError("unknown flag '" + flag.name() + "' for rebuild-read-models");
            }
        }
        String tableName = tableName(table);
        Optional<URI> server = dynamoDb.map(EndpointSetting::endpoint);
        TableLocation target = new TableLocation(tableName, region(region, server), server);
        if (region.isPresent() && server.isPresent()) {
            err.println("opsledger: --region " + target.region() + " only signs the requests: the server at "
                    + server.get() + " answers for any region, with the tables it has");
        }
        try (AwsClients clients = server.map(endpoint -> AwsClients.forServer(endpoint, ServerFailure.CALL_TIMEOUT))
                .orElseGet(() -> new AwsClients(Optional.empty()))) {
            TableSteps rebuild = new TableSteps(clients.dynamoDb(target.region()), target);
            rebuild.checkTable();
            if (fresh) {
                out.println("deleted " + rebuild.dropReadModels() + " read-model items of " + target);
            }
            Rebuilt rebuilt = rebuild.rebuild();
            out.println("rebuilt the read models of " + target + " from " + rebuilt.commits() + " commits"
                    + reached(rebuilt.upTo()));
        }
        return Main.OK;
    }

    private static String tableName(Optional<String> table) {
        return TableNames.checked("--table", table.orElseThrow(() -> new UsageError(
                "rebuild-read-models needs --table NAME, the region's event table (e.g. --table DevOpsMetrics)")));
    }

    /** A local server answers for any region it is signed for, so us-east-1 does unless told otherwise. */
    private static Region region(Optional<String> flag, Optional<URI> server) {
        if (flag.isPresent()) {
            return parsed("--region", flag.get());
        }
        if (server.isPresent()) {
            return Region.US_EAST_1;
        }
        try {
            return parsed("the SDK's default region", new DefaultAwsRegionProviderChain().getRegion().id());
        } catch (SdkClientException none) {
            throw new UsageError("rebuild-read-models needs a region: pass --region (e.g. --region us-east-1),"
                    + " or set AWS_REGION or the region of the AWS profile");
        }
    }

    private static Region parsed(String source, String name) {
        try {
            return new Region(name);
        } catch (IllegalArgumentException invalid) {
            throw new UsageError("'" + name + "' (from " + source + ") is not a region; regions look like us-east-1");
        }
    }

    private static String reached(LogPosition upTo) {
        if (upTo.equals(LogPosition.START)) {
            return ": the log is empty";
        }
        return ", up to " + upTo.stream() + " version " + upTo.version() + " committed at " + upTo.committedAt();
    }
}
