package dev.opsledger.cdk;

import static dev.opsledger.cdk.Resources.list;
import static dev.opsledger.cdk.Resources.map;
import static dev.opsledger.cdk.Resources.properties;
import static dev.opsledger.cdk.Resources.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class PipelineStackTest {

    private static final SynthesizedApp APP = SynthesizedApp.withEveryOption();
    private static final Template PIPELINE = APP.pipeline;

    @Test
    void the_pipeline_goes_source_build_test_primary_then_dr() {
        Map<String, Object> pipeline = properties(PIPELINE, "AWS::CodePipeline::Pipeline").values().iterator().next();
        assertThat(list(pipeline.get("Stages"))).extracting(stage -> map(stage).get("Name"))
                .containsExactly("Source", "Build", "Test", "DeployPrimary", "DeploySecondary");
        Map<String, Object> source = map(list(map(list(pipeline.get("Stages")).get(0)).get("Actions")).get(0));
        assertThat(text(source.get("ActionTypeId"))).contains("CodeStarSourceConnection");
        assertThat(map(source.get("Configuration"))).containsEntry("ConnectionArn",
                Map.of("Ref", PipelineStack.CONNECTION_PARAMETER));
    }

    @Test
    void the_test_stage_runs_the_repositorys_buildspec_and_the_deploys_run_the_cdk_cli_on_the_built_assembly() {
        Map<String, Map<String, Object>> projects = properties(PIPELINE, "AWS::CodeBuild::Project");
        assertThat(projects.values()).extracting(project -> project.get("Name"))
                .containsExactlyInAnyOrderElementsOf(PipelineStack.PROJECTS);
        assertThat(projects.values()).allSatisfy(project -> assertThat(project).containsKey("EncryptionKey"));
        assertThat(source(projects, PipelineStack.TEST_PROJECT)).containsEntry("BuildSpec", "buildspec.yml");
        assertThat(text(source(projects, PipelineStack.BUILD_PROJECT).get("BuildSpec"))).contains("./opsledger synth");
        for (String deploy : List.of(PipelineStack.DEPLOY_PRIMARY_PROJECT, PipelineStack.DEPLOY_SECONDARY_PROJECT)) {
            assertThat(text(source(projects, deploy).get("BuildSpec"))).contains("cdk deploy --app .");
        }
    }

    @Test
    void the_deploys_may_only_assume_the_cdk_bootstrap_roles_of_their_region() {
        assertThat(properties(PIPELINE, "AWS::IAM::Policy").values()).filteredOn(policy ->
                        text(policy.get("Roles")).contains("opsledgerdeploy"))
                .hasSize(2)
                .allSatisfy(policy -> assertThat(list(map(policy.get("PolicyDocument")).get("Statement")))
                        .filteredOn(statement -> text(map(statement).get("Action")).contains("sts:AssumeRole"))
                        .singleElement().satisfies(statement -> assertThat(text(map(statement).get("Resource")))
                                .contains("cdk-" + PipelineStack.BOOTSTRAP_QUALIFIER + "-deploy-role-",
                                        "cdk-" + PipelineStack.BOOTSTRAP_QUALIFIER + "-file-publishing-role-")
                                .doesNotContain("*")));
    }

    @Test
    void artifacts_are_encrypted_and_never_public() {
        PIPELINE.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "BucketEncryption", Match.objectLike(Map.of("ServerSideEncryptionConfiguration", List.of(
                        Match.objectLike(Map.of("ServerSideEncryptionByDefault", Match.objectLike(Map.of(
                                "SSEAlgorithm", "aws:kms"))))))),
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true))));
    }

    @Test
    void success_and_failure_are_told_to_the_alert_topic_and_a_failed_build_alarms_at_once() {
        PIPELINE.hasResourceProperties("AWS::CodeStarNotifications::NotificationRule", Match.objectLike(Map.of(
                "EventTypeIds", List.of("codepipeline-pipeline-pipeline-execution-succeeded",
                        "codepipeline-pipeline-pipeline-execution-failed"),
                "Targets", List.of(Match.objectLike(Map.of("TargetType", "SNS"))))));
        assertThat(properties(PIPELINE, "AWS::CloudWatch::Alarm").values())
                .hasSize(PipelineStack.PROJECTS.size())
                .allSatisfy(alarm -> assertThat(alarm).containsEntry("MetricName", "FailedBuilds")
                        .containsEntry("Period", 60).containsEntry("EvaluationPeriods", 1)
                        .containsEntry("Threshold", 1).containsKey("AlarmActions"));
    }

    @Test
    void each_execution_is_recorded_as_a_deployment_by_the_pipeline_event_handler() {
        Map<String, Object> rule = properties(PIPELINE, "AWS::Events::Rule").values().iterator().next();
        assertThat(text(rule.get("EventPattern"))).contains("aws.codepipeline",
                "CodePipeline Pipeline Execution State Change");
        assertThat(text(rule.get("Targets"))).contains(Job.PIPELINE_EVENTS.functionName().replace("-", "") + "Alias");
        assertThat(Resources.functions(PIPELINE)).containsOnlyKeys(Job.PIPELINE_EVENTS.functionName());
    }

    private static Map<String, Object> source(Map<String, Map<String, Object>> projects, String name) {
        return map(projects.values().stream().filter(project -> name.equals(project.get("Name"))).findFirst()
                .orElseThrow().get("Source"));
    }
}
