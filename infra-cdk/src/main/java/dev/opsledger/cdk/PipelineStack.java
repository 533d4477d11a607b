package dev.opsledger.cdk;

import dev.opsledger.aws.wiring.AwsSettings;
import dev.opsledger.domain.shared.Region;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.codebuild.BuildEnvironment;
import software.amazon.awscdk.services.codebuild.BuildEnvironmentVariable;
import software.amazon.awscdk.services.codebuild.BuildSpec;
import software.amazon.awscdk.services.codebuild.ComputeType;
import software.amazon.awscdk.services.codebuild.LinuxBuildImage;
import software.amazon.awscdk.services.codebuild.PipelineProject;
import software.amazon.awscdk.services.codecommit.Repository;
import software.amazon.awscdk.services.codepipeline.Artifact;
import software.amazon.awscdk.services.codepipeline.IAction;
import software.amazon.awscdk.services.codepipeline.Pipeline;
import software.amazon.awscdk.services.codepipeline.PipelineNotificationEvents;
import software.amazon.awscdk.services.codepipeline.PipelineNotifyOnOptions;
import software.amazon.awscdk.services.codepipeline.PipelineType;
import software.amazon.awscdk.services.codepipeline.StageProps;
import software.amazon.awscdk.services.codepipeline.actions.CodeBuildAction;
import software.amazon.awscdk.services.codepipeline.actions.CodeCommitSourceAction;
import software.amazon.awscdk.services.codepipeline.actions.CodeStarConnectionsSourceAction;
import software.amazon.awscdk.services.events.OnEventOptions;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * Source, build, test, deploy primary, deploy DR. The build synthesizes the app once ({@code ./opsledger synth});
 * the test runs {@code buildspec.yml}, the same {@code ./opsledger test} as CI; each deploy runs the CDK CLI on
 * that one cloud assembly, so both regions get exactly what was tested. Every execution's end is also
 * recorded as a deployment of OpsLedger itself, through {@link Job#PIPELINE_EVENTS}.
 */
public final class PipelineStack extends Stack {

    static final String PIPELINE_NAME = "opsledger";
    static final String BUILD_PROJECT = "opsledger-build";
    static final String TEST_PROJECT = "opsledger-test";
    static final String DEPLOY_PRIMARY_PROJECT = "opsledger-deploy-primary";
    static final String DEPLOY_SECONDARY_PROJECT = "opsledger-deploy-secondary";
    static final List<String> PROJECTS = List.of(BUILD_PROJECT, TEST_PROJECT, DEPLOY_PRIMARY_PROJECT,
            DEPLOY_SECONDARY_PROJECT);
    static final String CONNECTION_PARAMETER = "SourceConnectionArn";
    /** The default qualifier of {@code cdk bootstrap}, which names the roles a deploy assumes. */
    static final String BOOTSTRAP_QUALIFIER = "hnb659fds";

    private final Pipeline pipeline;
    private final Bucket artifacts;

    public PipelineStack(Construct scope, String id, StackProps props, DeploymentContext deployment,
            String primaryStack, String secondaryStack, ITopic alerts) {
        super(scope, id, props);
        Key key = Key.Builder.create(this, "ArtifactKey")
                .description("Encrypts the OpsLedger pipeline's artifacts and builds")
                .enableKeyRotation(true)
                .build();
        artifacts = Bucket.Builder.create(this, "Artifacts")
                .encryption(BucketEncryption.KMS)
                .encryptionKey(key)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .versioned(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        Artifact source = new Artifact("Source");
        Artifact assembly = new Artifact("CloudAssembly");
        PipelineProject build = project(BUILD_PROJECT, key, BuildSpec.fromObject(buildSpec(
                Map.of("commands", List.of("./opsledger synth")),
                Map.of("base-directory", "infra-cdk/cdk.out", "files", List.of("**/*")))), Map.of());
        PipelineProject test = project(TEST_PROJECT, key, BuildSpec.fromSourceFilename("buildspec.yml"), Map.of());
        PipelineProject deployPrimary = deployProject(DEPLOY_PRIMARY_PROJECT, key, primaryStack,
                deployment.regions().primary());
        PipelineProject deploySecondary = deployProject(DEPLOY_SECONDARY_PROJECT, key, secondaryStack,
                deployment.regions().secondary());

        pipeline = Pipeline.Builder.create(this, "Pipeline")
                .pipelineName(PIPELINE_NAME)
                .pipelineType(PipelineType.V2)
                .artifactBucket(artifacts)
                .restartExecutionOnUpdate(false)
                .stages(List.of(
                        stage("Source", sourceAction(deployment.source(), source)),
                        stage("Build", CodeBuildAction.Builder.create().actionName("Synth").project(build)
                                .input(source).outputs(List.of(assembly)).build()),
                        stage("Test", CodeBuildAction.Builder.create().actionName("Test").project(test)
                                .input(source).build()),
                        stage("DeployPrimary", CodeBuildAction.Builder.create().actionName("Deploy")
                                .project(deployPrimary).input(assembly).build()),
                        stage("DeploySecondary", CodeBuildAction.Builder.create().actionName("Deploy")
                                .project(deploySecondary).input(assembly).build())))
                .build();
        pipeline.notifyOn("Notify", alerts, PipelineNotifyOnOptions.builder()
                .notificationRuleName("opsledger-pipeline")
                .events(List.of(PipelineNotificationEvents.PIPELINE_EXECUTION_SUCCEEDED,
                        PipelineNotificationEvents.PIPELINE_EXECUTION_FAILED))
                .build());
        for (PipelineProject failing : List.of(build, test, deployPrimary, deploySecondary)) {
            String name = failing.getNode().getId();
            Alarm alarm = Alarm.Builder.create(this, "Failed-" + name)
                    .metric(Monitoring.codeBuild("FailedBuilds", name, "Sum", Duration.minutes(1)))
                    .threshold(1)
                    .evaluationPeriods(1)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                    .treatMissingData(TreatMissingData.NOT_BREACHING)
                    .build();
            alarm.addAlarmAction(new SnsAction(alerts));
        }
        recordDeployments(deployment);
    }

    Pipeline pipeline() {
        return pipeline;
    }

    Bucket artifacts() {
        return artifacts;
    }

    /** The execution state changes feed the handler that records each deploy in the primary's table. */
    private void recordDeployments(DeploymentContext deployment) {
        Region region = deployment.regions().primary();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(AwsSettings.TABLE, MetricsTable.TABLE_NAME);
        environment.put(AwsSettings.PRIMARY_REGION, region.name());
        environment.put(AwsSettings.SECONDARY_REGION, deployment.regions().secondary().name());
        environment.put(AwsSettings.METRICS_NAMESPACE, AwsSettings.DEFAULT_METRICS_NAMESPACE);
        JobFunction recorder = new JobFunction(this, Job.PIPELINE_EVENTS,
                software.amazon.awscdk.services.lambda.Code.fromAsset(
                        deployment.lambdaJars().jarOf(Job.PIPELINE_EVENTS).toString()),
                environment, null);
        recorder.allow(Permissions.onTable(region, Permissions.EVENT_LOG));
        // The state-change event names the execution; its source revision is read from the execution.
        recorder.allow(Permissions.allow(List.of("codepipeline:GetPipelineExecution"),
                List.of(pipeline.getPipelineArn())));
        pipeline.onStateChange("DeployRecorded", OnEventOptions.builder()
                .description("Records each execution of the pipeline as a deployment of OpsLedger")
                .target(new LambdaFunction(recorder.alias()))
                .build());
    }

    private PipelineProject project(String name, Key key, BuildSpec spec, Map<String, BuildEnvironmentVariable> variables) {
        return PipelineProject.Builder.create(this, name)
                .projectName(name)
                .buildSpec(spec)
                .encryptionKey(key)
                .timeout(Duration.minutes(60))
                .environment(BuildEnvironment.builder()
                        .buildImage(LinuxBuildImage.STANDARD_7_0)
                        .computeType(ComputeType.MEDIUM)
                        .build())
                .environmentVariables(variables)
                .build();
    }

    /**
     * Deploys one stack of the assembly with the CDK CLI, through the roles {@code cdk bootstrap} made in the
     * target region: the project may assume those and nothing else.
     */
    private PipelineProject deployProject(String name, Key key, String stack, Region region) {
        PipelineProject project = project(name, key, BuildSpec.fromObject(Map.of(
                "version", "0.2",
                "phases", Map.of(
                        "install", Map.of("runtime-versions", Map.of("nodejs", "20"),
                                "commands", List.of("npm install --global aws-cdk@2")),
                        "build", Map.of("commands", List.of("cdk deploy --app . --require-approval never"
                                + " --no-notices --no-version-reporting \"$STACK\""))))),
                Map.of("STACK", BuildEnvironmentVariable.builder().value(stack).build()));
        List<String> roles = List.of("deploy-role", "file-publishing-role").stream()
                .map(role -> "arn:" + Aws.PARTITION + ":iam::" + Aws.ACCOUNT_ID + ":role/cdk-" + BOOTSTRAP_QUALIFIER
                        + "-" + role + "-" + Aws.ACCOUNT_ID + "-" + region.name())
                .toList();
        project.addToRolePolicy(Permissions.allow(List.of("sts:AssumeRole"), roles));
        return project;
    }

    private static Map<String, Object> buildSpec(Map<String, Object> build, Map<String, Object> artifacts) {
        return Map.of(
                "version", "0.2",
                "phases", Map.of(
                        "install", Map.of("runtime-versions", Map.of("java", "corretto21", "nodejs", "20")),
                        "build", build),
                "artifacts", artifacts);
    }

    private IAction sourceAction(PipelineSource source, Artifact output) {
        return switch (source.kind()) {
            case CODESTAR_CONNECTION -> CodeStarConnectionsSourceAction.Builder.create()
                    .actionName("Source")
                    .connectionArn(CfnParameter.Builder.create(this, CONNECTION_PARAMETER)
                            .type("String")
                            .description("The ARN of the CodeStar connection to the repository (created in the console)")
                            .allowedPattern("arn:aws[a-z-]*:(codestar-connections|codeconnections):.+")
                            .build().getValueAsString())
                    .owner(source.owner())
                    .repo(source.name())
                    .branch(source.branch())
                    .output(output)
                    .build();
            case CODECOMMIT -> CodeCommitSourceAction.Builder.create()
                    .actionName("Source")
                    .repository(Repository.fromRepositoryName(this, "Repository", source.name()))
                    .branch(source.branch())
                    .output(output)
                    .build();
        };
    }

    private static StageProps stage(String name, IAction action) {
        return StageProps.builder().stageName(name).actions(List.of(action)).build();
    }
}
