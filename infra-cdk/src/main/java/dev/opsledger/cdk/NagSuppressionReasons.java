package dev.opsledger.cdk;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;

/**
 * The AWS Solutions findings OpsLedger accepts, each with the reason it is right here. Everything else the
 * rules find is an error that fails the synthesis and the build.
 */
final class NagSuppressionReasons {

    private NagSuppressionReasons() {
    }

    static void apply(OpsLedgerApp.Stacks stacks) {
        for (RegionalStack regional : List.of(stacks.primary(), stacks.secondary())) {
            NagSuppressions.addStackSuppressions(regional, List.of(
                    javaRuntime(),
                    suppression("AwsSolutions-APIG4", "The API authorizes callers by API key and usage plan, as the"
                            + " design decides; GET /health is open on purpose, for probes and operators, and so are"
                            + " the CORS preflights (OPTIONS) of a dashboard origin, since browsers send no key on them."),
                    suppression("AwsSolutions-COG4", "No user pool: the callers are CI systems with an API key, not"
                            + " people signing in."),
                    suppression("AwsSolutions-IAM4", "API Gateway's account-level logging role uses the AWS managed"
                            + " policy made for exactly that; it writes only API Gateway's own logs.",
                            "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs")));
            regional.functions().values().stream()
                    .filter(function -> function.job() == Job.PROJECTION || function.job() == Job.REPLICATOR)
                    .forEach(function -> NagSuppressions.addResourceSuppressions(function, List.of(suppression(
                            "AwsSolutions-IAM5", "dynamodb:ListStreams has no resource-level permission, so it is"
                                    + " granted on *; the stream reads themselves are scoped to the table's stream.",
                            "Resource::*")), true));
            regional.deadLetters().ifPresent(queue -> NagSuppressions.addResourceSuppressions(queue, List.of(
                    suppression("AwsSolutions-SQS3", "This queue is the replication mapping's dead-letter"
                            + " destination; it has no dead letters of its own."))));
        }
        PipelineStack pipeline = stacks.pipeline();
        NagSuppressions.addStackSuppressions(pipeline, List.of(
                javaRuntime(),
                suppression("AwsSolutions-IAM5", "CodePipeline's and CodeBuild's grants on the artifact bucket and"
                        + " key: object and key actions by prefix, limited to that one bucket and key.",
                        regex("/^Action::(s3|kms):[A-Za-z]*\\*$/"),
                        regex("/^Resource::<Artifacts[0-9A-F]+\\.Arn>\\/\\*$/")),
                suppression("AwsSolutions-IAM5", "CodeBuild writes to its own project's log group and report groups,"
                        + " whose names CodeBuild derives from the project's name.",
                        regex("/^Resource::arn:<AWS::Partition>:logs:.*:log-group:\\/aws\\/codebuild\\/<opsledger[A-Za-z0-9]+>:\\*$/"),
                        regex("/^Resource::arn:<AWS::Partition>:codebuild:.*:report-group\\/<opsledger[A-Za-z0-9]+>-\\*$/"))));
        NagSuppressions.addResourceSuppressions(pipeline.artifacts(), List.of(suppression("AwsSolutions-S1",
                "Only the pipeline's roles touch the artifact bucket, versioned and encrypted; access logs would"
                        + " need a second bucket for no reader.")));
    }

    private static NagPackSuppression javaRuntime() {
        return suppression("AwsSolutions-L1", "The functions run Java 21, the release the whole project is built"
                + " and tested for; moving to a newer runtime is a project decision, not a stack default.");
    }

    private static NagPackSuppression suppression(String id, String reason, Object... appliesTo) {
        NagPackSuppression.Builder builder = NagPackSuppression.builder().id(id).reason(reason);
        if (appliesTo.length > 0) {
            builder.appliesTo(List.of(appliesTo));
        }
        return builder.build();
    }

    private static RegexAppliesTo regex(String pattern) {
        return RegexAppliesTo.builder().regex(pattern).build();
    }
}
