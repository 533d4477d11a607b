package dev.opsledger.cdk;

import dev.opsledger.application.failover.FailoverSchedule;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * The app as the tests see it: {@code cdk.json}'s context, plus a hosted zone so the DNS failover parts are
 * there, synthesized once per test JVM (jsii makes every synthesis cost seconds).
 */
final class SynthesizedApp {

    static final String ZONE_ID = "Z0123456789ABCDEFGHIJ";
    static final String ZONE_NAME = "example.com";
    static final String RECORD_NAME = "opsledger.example.com";

    private static SynthesizedApp withDns;

    final OpsLedgerApp.Stacks stacks;
    final CloudAssembly assembly;
    final Template primary;
    final Template secondary;
    final Template pipeline;

    private SynthesizedApp(Map<String, Object> extraContext) {
        Map<String, Object> context = new LinkedHashMap<>(CdkJson.context(Path.of("cdk.json")));
        context.put(DeploymentContext.LAMBDA_JARS, System.getProperty("opsledger.lambda.jars",
                "../bootstrap-lambda/target"));
        context.putAll(extraContext);
        App app = new App(AppProps.builder().context(context).build());
        stacks = OpsLedgerApp.define(app, FailoverSchedule.AS_DEPLOYED);
        assembly = app.synth();
        primary = Template.fromStack(stacks.primary());
        secondary = Template.fromStack(stacks.secondary());
        pipeline = Template.fromStack(stacks.pipeline());
    }

    static synchronized SynthesizedApp withDns() {
        if (withDns == null) {
            withDns = new SynthesizedApp(Map.of(
                    DeploymentContext.HOSTED_ZONE_ID, ZONE_ID,
                    DeploymentContext.HOSTED_ZONE_NAME, ZONE_NAME,
                    DeploymentContext.RECORD_NAME, RECORD_NAME));
        }
        return withDns;
    }

    static SynthesizedApp withoutDns() {
        return new SynthesizedApp(Map.of());
    }
}
