package dev.opsledger.cdk;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.GatewayResponseOptions;
import software.amazon.awscdk.services.apigateway.IApiKey;
import software.amazon.awscdk.services.apigateway.IResource;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.Method;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.RequestValidator;
import software.amazon.awscdk.services.apigateway.ResponseType;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.apigateway.ThrottleSettings;
import software.amazon.awscdk.services.apigateway.ThrottlingPerMethod;
import software.amazon.awscdk.services.apigateway.UsagePlan;
import software.amazon.awscdk.services.apigateway.UsagePlanPerApiStage;
import software.amazon.awscdk.services.apigateway.UsagePlanProps;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The REST API in front of the API function. Every route but {@code GET /health} needs the API key of the
 * usage plan, which throttles writes and reports per method; {@code /health} stays open because health
 * checks and operators must reach it without a key. Browser pages of other origins are refused unless the
 * deployment names theirs.
 */
final class MetricsApi extends Construct {

    static final String STAGE = "prod";
    /** The stage's own limit, for every caller together. */
    static final ThrottleSettings STAGE_THROTTLE = ThrottleSettings.builder().rateLimit(100).burstLimit(200).build();
    /** Per key: writes are the expensive requests (a conditional put and a projection each). */
    static final ThrottleSettings WRITE_THROTTLE = ThrottleSettings.builder().rateLimit(10).burstLimit(20).build();
    static final ThrottleSettings REPORT_THROTTLE = ThrottleSettings.builder().rateLimit(20).burstLimit(40).build();

    private final RestApi api;
    private final RequestValidator validator;

    MetricsApi(Construct scope, String id) {
        super(scope, id);
        LogGroup accessLogs = LogGroup.Builder.create(this, "AccessLogs")
                .retention(JobFunction.LOG_RETENTION)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        api = RestApi.Builder.create(this, "Api")
                .restApiName("opsledger")
                .description("OpsLedger: DORA metrics, incidents and health")
                .endpointTypes(List.of(EndpointType.REGIONAL))
                .cloudWatchRole(true)
                .deployOptions(StageOptions.builder()
                        .stageName(STAGE)
                        .throttlingRateLimit(STAGE_THROTTLE.getRateLimit())
                        .throttlingBurstLimit(STAGE_THROTTLE.getBurstLimit())
                        .accessLogDestination(new LogGroupLogDestination(accessLogs))
                        .accessLogFormat(AccessLogFormat.jsonWithStandardFields())
                        .loggingLevel(MethodLoggingLevel.ERROR)
                        .metricsEnabled(true)
                        .build())
                .build();
        validator = api.addRequestValidator("Validator", software.amazon.awscdk.services.apigateway.RequestValidatorOptions
                .builder().validateRequestParameters(true).validateRequestBody(true).build());
    }

    RestApi api() {
        return api;
    }

    /**
     * The routes of {@code docs/openapi.yaml}, all served by {@code handler}, and the key that opens them; with
     * {@code dashboard}, open to pages of those origins too.
     */
    IApiKey route(IFunction handler, Optional<DashboardOrigins> dashboard) {
        LambdaIntegration integration = new LambdaIntegration(handler);
        MethodOptions keyed = MethodOptions.builder().apiKeyRequired(true).requestValidator(validator).build();
        IResource metrics = api.getRoot().addResource("metrics");
        Method report = metrics.addMethod("GET", integration, keyed);
        Method record = metrics.addMethod("POST", integration, keyed);
        IResource deployment = metrics.addResource("deployments").addResource("{id}");
        deployment.addMethod("GET", integration, keyed);
        IResource incident = metrics.addResource("incidents").addResource("{id}");
        incident.addMethod("GET", integration, keyed);
        IResource health = api.getRoot().addResource("health");
        health.addMethod("GET", integration,
                MethodOptions.builder().apiKeyRequired(false).requestValidator(validator).build());
        dashboard.ifPresent(origins -> allowBrowsers(origins, List.of(metrics, deployment, incident, health)));

        UsagePlan plan = api.addUsagePlan("UsagePlan", UsagePlanProps.builder()
                .name("opsledger")
                .throttle(REPORT_THROTTLE)
                .apiStages(List.of(UsagePlanPerApiStage.builder()
                        .api(api)
                        .stage(api.getDeploymentStage())
                        .throttle(List.of(
                                ThrottlingPerMethod.builder().method(record).throttle(WRITE_THROTTLE).build(),
                                ThrottlingPerMethod.builder().method(report).throttle(REPORT_THROTTLE).build()))
                        .build()))
                .build());
        IApiKey key = api.addApiKey("ApiKey");
        plan.addApiKey(key);
        return key;
    }

    /**
     * API Gateway answers the preflights itself, without a key since browsers send none on a preflight, and names
     * the origin on its own errors, or the page would see a network failure instead of a 403 or a 429. The
     * function names it on its answers.
     */
    private void allowBrowsers(DashboardOrigins origins, List<IResource> routes) {
        routes.forEach(route -> route.addCorsPreflight(origins.preflight()));
        api.addGatewayResponse("Default4xx", GatewayResponseOptions.builder()
                .type(ResponseType.DEFAULT_4_XX).responseHeaders(origins.gatewayResponseHeaders()).build());
        api.addGatewayResponse("Default5xx", GatewayResponseOptions.builder()
                .type(ResponseType.DEFAULT_5_XX).responseHeaders(origins.gatewayResponseHeaders()).build());
    }
}
