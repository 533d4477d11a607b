package dev.opsledger.cdk;

import static dev.opsledger.cdk.Resources.environment;
import static dev.opsledger.cdk.Resources.functions;
import static dev.opsledger.cdk.Resources.properties;
import static dev.opsledger.cdk.Resources.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.failover.FailoverSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** What the stacks deploy is the schedule the simulator's {@code as-deployed} scenario measures. */
class FailoverScheduleDriftTest {

    private static final SynthesizedApp APP = SynthesizedApp.withEveryOption();
    private static final FailoverSchedule SCHEDULE = FailoverSchedule.AS_DEPLOYED;

    @Test
    void the_health_check_checks_at_the_schedules_interval_and_threshold_in_both_regions() {
        for (Template region : List.of(APP.primary, APP.secondary)) {
            Map<String, String> health = environment(functions(region).get(Job.HEALTH_CHECK.functionName()));
            assertThat(health)
                    .containsEntry(HealthCheckEnvironment.INTERVAL, Long.toString(SCHEDULE.checkInterval().toSeconds()))
                    .containsEntry(HealthCheckEnvironment.FAILURE_THRESHOLD, Integer.toString(SCHEDULE.failureThreshold()));
            assertThat(scheduleOf(region, Job.HEALTH_CHECK)).isEqualTo("rate(1 minute)");
        }
    }

    @Test
    void one_invocation_has_time_for_all_its_checks() {
        Duration checks = SCHEDULE.checkInterval().multipliedBy(SCHEDULE.checksPerInvocation() - 1L);
        assertThat(Job.HEALTH_CHECK.timeout()).isGreaterThan(checks.plusSeconds(15));
    }

    @Test
    void the_failover_records_live_as_long_as_the_schedules_dns_ttl() {
        assertThat(properties(APP.primary, "AWS::Route53::RecordSet").values())
                .filteredOn(record -> record.containsKey("Failover")).hasSize(2)
                .allSatisfy(record -> assertThat(record).containsEntry("TTL",
                        Long.toString(SCHEDULE.dnsTtl().toSeconds())));
        assertThat(SCHEDULE.dnsTtl()).isLessThanOrEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void the_reconciler_runs_at_the_schedules_reconcile_interval() {
        long minutes = SCHEDULE.reconcileInterval().toMinutes();
        assertThat(Duration.ofMinutes(minutes)).as("EventBridge rates are whole minutes")
                .isEqualTo(SCHEDULE.reconcileInterval());
        assertThat(scheduleOf(APP.primary, Job.RECONCILER))
                .isEqualTo("rate(" + minutes + (minutes == 1 ? " minute)" : " minutes)"));
    }

    private static String scheduleOf(Template region, Job job) {
        return properties(region, "AWS::Events::Rule").values().stream()
                .filter(rule -> rule.containsKey("ScheduleExpression"))
                .filter(rule -> text(rule.get("Targets")).contains(job.functionName().replace("-", "")))
                .map(rule -> (String) rule.get("ScheduleExpression"))
                .findFirst().orElseThrow(() -> new AssertionError("no schedule starts " + job.functionName()));
    }
}
