package dev.opsledger.cdk;

import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.domain.shared.Region;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * The app as the tests see it: {@code cdk.json}'s context, plus, in {@link #withEveryOption}, a hosted zone and
 * dashboard origins so that the DNS failover parts and the API's CORS are there, synthesized once per test JVM
 * (jsii makes every synthesis cost seconds).
 */
final class SynthesizedApp {

    static final String ZONE_ID = "Z0123456789ABCDEFGHIJ";
    static final String ZONE_NAME = "example.com";
    static final String RECORD_NAME = "opsledger.example.com";
    static final String DASHBOARD = "https://ops.example.com";
    static final String LOCAL_DASHBOARD = "http://127.0.0.1:8080";

    private static SynthesizedApp withEveryOption;

    final OpsLedgerApp.Stacks stacks;
    final CloudAssembly assembly;
    final Template primary;
    final Template secondary;
    final Template pipeline;

    private SynthesizedApp(Map<String, Object> extraContext) {
        App app = new App(AppProps.builder().context(context(extraContext)).build());
        stacks = OpsLedgerApp.define(app, FailoverSchedule.AS_DEPLOYED);
        assembly = app.synth();
        primary = Template.fromStack(stacks.primary());
        secondary = Template.fromStack(stacks.secondary());
        pipeline = Template.fromStack(stacks.pipeline());
    }

    static synchronized SynthesizedApp withEveryOption() {
        if (withEveryOption == null) {
            withEveryOption = new SynthesizedApp(Map.of(
                    DeploymentContext.HOSTED_ZONE_ID, ZONE_ID,
                    DeploymentContext.HOSTED_ZONE_NAME, ZONE_NAME,
                    DeploymentContext.RECORD_NAME, RECORD_NAME,
                    DeploymentContext.DASHBOARD_ORIGIN, DASHBOARD + "," + LOCAL_DASHBOARD));
        }
        return withEveryOption;
    }

    /**
     * The primary's stack alone, from {@code cdk.json}'s context with no option set: a third of the app's
     * synthesis, for what an option adds when it is absent.
     */
    static Template primaryWithNoOption() {
        App app = new App(AppProps.builder().context(context(Map.of())).build());
        DeploymentContext deployment = DeploymentContext.of(app.getNode());
        Region primary = deployment.regions().primary();
        return Template.fromStack(new RegionalStack(app, OpsLedgerApp.PRIMARY_STACK, StackProps.builder()
                .env(Environment.builder().region(primary.name()).build()).build(), deployment, primary,
                FailoverSchedule.AS_DEPLOYED));
    }

    private static Map<String, Object> context(Map<String, Object> extraContext) {
        Map<String, Object> context = new LinkedHashMap<>(CdkJson.context(Path.of("cdk.json")));
        context.put(DeploymentContext.LAMBDA_JARS, System.getProperty("opsledger.lambda.jars",
                "../bootstrap-lambda/target"));
        context.putAll(extraContext);
        return context;
    }
}
