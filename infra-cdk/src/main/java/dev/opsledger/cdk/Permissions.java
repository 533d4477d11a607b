package dev.opsledger.cdk;

import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.domain.shared.Region;
import java.util.List;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * The statements the functions' roles are built from: each names the actions one adapter calls, on the
 * resources it calls them on. The table's actions are split by what uses them, so a function that only
 * reads read models cannot rewrite the log.
 */
final class Permissions {

    /** {@code DynamoDbEventStore}: conditional puts of commits and feed-hour items, reads of streams and the feed. */
    static final List<String> EVENT_LOG = List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query",
            "dynamodb:DeleteItem");
    /** The read models as the API reads them. */
    static final List<String> READ_MODELS_READ = List.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query");
    /** The read models as the projection keeps them. */
    static final List<String> READ_MODELS_WRITE = List.of("dynamodb:GetItem", "dynamodb:BatchGetItem",
            "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem",
            "dynamodb:BatchWriteItem");
    /** SNS alert deduplication: the open problems are items of the same table. */
    static final List<String> OPEN_PROBLEMS = List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem");
    /** {@code DynamoDbTableProbe}: the table's status, and a heartbeat written and read back. */
    static final List<String> TABLE_PROBE = List.of("dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem");

    private Permissions() {
    }

    static String tableArn(Region region) {
        return "arn:" + Aws.PARTITION + ":dynamodb:" + region.name() + ":" + Aws.ACCOUNT_ID + ":table/"
                + MetricsTable.TABLE_NAME;
    }

    static String feedIndexArn(Region region) {
        return tableArn(region) + "/index/" + EventTableSchema.FEED_INDEX;
    }

    static String functionArn(Region region, Job job) {
        return "arn:" + Aws.PARTITION + ":lambda:" + region.name() + ":" + Aws.ACCOUNT_ID + ":function:"
                + job.functionName();
    }

    static String hostedZoneArn(String hostedZoneId) {
        return "arn:" + Aws.PARTITION + ":route53:::hostedzone/" + hostedZoneId;
    }

    /** {@code actions} on the table of {@code region}, and on its feed index where the actions read it. */
    static PolicyStatement onTable(Region region, List<String> actions) {
        return allow(actions, actions.contains("dynamodb:Query")
                ? List.of(tableArn(region), feedIndexArn(region))
                : List.of(tableArn(region)));
    }

    static PolicyStatement allow(List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create().effect(Effect.ALLOW).actions(actions).resources(resources).build();
    }
}
