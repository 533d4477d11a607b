package dev.opsledger.cdk;

import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.domain.shared.Region;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.nio.file.Path;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * The app: a stack per region and the pipeline, for the account and options of the context, checked by
 * cdk-nag's AWS Solutions rules as it synthesizes. Run by {@code ./opsledger synth} and by the CDK CLI through
 * {@code cdk.json}, from {@code infra-cdk/}.
 */
public final class OpsLedgerApp {

    public static final String PRIMARY_STACK = "OpsLedgerPrimary";
    public static final String SECONDARY_STACK = "OpsLedgerSecondary";
    public static final String PIPELINE_STACK = "OpsLedgerPipeline";

    private OpsLedgerApp() {
    }

    public static void main(String[] args) {
        App app = new App(AppProps.builder().context(CdkJson.context(Path.of("cdk.json"))).build());
        define(app, FailoverSchedule.AS_DEPLOYED);
        app.synth();
    }

    /** The three stacks, defined in {@code app} with {@code schedule}'s timings. */
    public static Stacks define(App app, FailoverSchedule schedule) {
        DeploymentContext deployment = DeploymentContext.of(app.getNode());
        RegionalStack primary = new RegionalStack(app, PRIMARY_STACK,
                props(deployment, deployment.regions().primary(), "OpsLedger in the primary region"),
                deployment, deployment.regions().primary(), schedule);
        RegionalStack secondary = new RegionalStack(app, SECONDARY_STACK,
                props(deployment, deployment.regions().secondary(), "OpsLedger in the disaster-recovery region"),
                deployment, deployment.regions().secondary(), schedule);
        PipelineStack pipeline = new PipelineStack(app, PIPELINE_STACK,
                props(deployment, deployment.regions().primary(), "OpsLedger's pipeline, which deploys both regions"),
                deployment, PRIMARY_STACK, SECONDARY_STACK, primary.alerts());
        Stacks stacks = new Stacks(primary, secondary, pipeline);
        NagSuppressionReasons.apply(stacks);
        Aspects.of(app).add(new AwsSolutionsChecks());
        return stacks;
    }

    private static StackProps props(DeploymentContext deployment, Region region, String description) {
        return StackProps.builder()
                .env(Environment.builder().account(deployment.account().orElse(null)).region(region.name()).build())
                .description(description)
                .build();
    }

    public record Stacks(RegionalStack primary, RegionalStack secondary, PipelineStack pipeline) {
    }
}
