package dev.opsledger.cdk;

import static dev.opsledger.cdk.Resources.list;
import static dev.opsledger.cdk.Resources.map;
import static dev.opsledger.cdk.Resources.properties;
import static dev.opsledger.cdk.Resources.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** Each function's role: the actions its handler calls, on the resources it calls them on. */
class LeastPrivilegeTest {

    private static final SynthesizedApp APP = SynthesizedApp.withEveryOption();
    /** The one action AWS grants only on every resource; the test names it so no other can slip in. */
    private static final List<Object> ONLY_ON_EVERY_RESOURCE = List.of("dynamodb:ListStreams");

    @Test
    void no_function_may_do_everything_or_act_on_everything() {
        for (Template template : List.of(APP.primary, APP.secondary, APP.pipeline)) {
            for (Job job : Job.values()) {
                for (Map<String, Object> statement : statementsOf(template, job)) {
                    List<Object> actions = list(statement.get("Action"));
                    assertThat(actions).as("%s's actions", job).allSatisfy(action ->
                            assertThat((String) action).doesNotContain("*"));
                    if (!actions.equals(ONLY_ON_EVERY_RESOURCE)) {
                        assertThat(text(statement.get("Resource"))).as("%s's resources for %s", job, actions)
                                .doesNotContain("*");
                    }
                }
            }
        }
    }

    @Test
    void every_function_has_a_role_of_its_own() {
        assertThat(properties(APP.primary, "AWS::IAM::Role").values())
                .filteredOn(role -> text(role.get("AssumeRolePolicyDocument")).contains("lambda.amazonaws.com"))
                .hasSize(Resources.functions(APP.primary).size());
    }

    @Test
    void only_the_secondarys_health_check_may_move_the_active_region() {
        for (Job job : Job.values()) {
            boolean promotes = actions(APP.secondary, job).contains("route53:ChangeResourceRecordSets");
            assertThat(promotes).as(job.name()).isEqualTo(job == Job.HEALTH_CHECK);
            assertThat(actions(APP.primary, job)).doesNotContain("route53:ChangeResourceRecordSets");
        }
    }

    @Test
    void replication_writes_the_secondarys_table_and_nothing_else_does() {
        String secondaryTable = ":dynamodb:us-west-2:";
        for (Job job : Job.values()) {
            boolean writesAcross = statementsOf(APP.primary, job).stream()
                    .filter(statement -> list(statement.get("Action")).contains("dynamodb:PutItem"))
                    .anyMatch(statement -> text(statement.get("Resource")).contains(secondaryTable));
            assertThat(writesAcross).as(job.name()).isEqualTo(job == Job.REPLICATOR || job == Job.RECONCILER);
        }
    }

    @Test
    void the_api_reads_its_write_lease_in_the_table_never_route_53_and_cannot_publish_alerts_or_events() {
        List<String> api = actions(APP.primary, Job.API);
        assertThat(api).contains("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query")
                .doesNotContain("route53:ListResourceRecordSets", "sns:Publish", "events:PutEvents", "dynamodb:Scan",
                        "lambda:GetFunction");
    }

    @Test
    void only_the_health_check_reads_the_fence_every_other_function_reads_the_write_lease_it_renews() {
        for (Job job : Job.values()) {
            for (Template template : List.of(APP.primary, APP.secondary)) {
                assertThat(actions(template, job).contains("route53:ListResourceRecordSets")).as(job.name())
                        .isEqualTo(job == Job.HEALTH_CHECK);
            }
        }
    }

    private static List<String> actions(Template template, Job job) {
        return statementsOf(template, job).stream().flatMap(statement -> list(statement.get("Action")).stream())
                .map(String.class::cast).toList();
    }

    private static List<Map<String, Object>> statementsOf(Template template, Job job) {
        String role = job.functionName().replace("-", "") + "Role";
        return properties(template, "AWS::IAM::Policy").values().stream()
                .filter(policy -> text(policy.get("Roles")).contains(role))
                .flatMap(policy -> list(map(policy.get("PolicyDocument")).get("Statement")).stream())
                .map(Resources::map)
                .toList();
    }
}
