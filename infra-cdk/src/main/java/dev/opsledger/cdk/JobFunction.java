package dev.opsledger.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One {@link Job} deployed: Java 21 on arm64 (cheaper per GB-second than x86 for the same work), SnapStart
 * on published versions, and everything that invokes it goes through the {@value #ALIAS} alias, which
 * points at the version published from this template, so the snapshot is what runs. Its role starts
 * empty: only its own log group, plus what the stack grants for the job.
 */
final class JobFunction extends Construct {

    static final String ALIAS = "live";
    static final RetentionDays LOG_RETENTION = RetentionDays.ONE_MONTH;

    private final Job job;
    private final Function function;
    private final Alias alias;
    private final Role role;

    JobFunction(Construct scope, Job job, Code code, Map<String, String> environment, Integer reservedConcurrency) {
        super(scope, job.functionName());
        this.job = job;
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/aws/lambda/" + job.functionName())
                .retention(LOG_RETENTION)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Runs " + job.functionName() + "; only what its handler calls")
                .build();
        // The log group's ARN ends in ":*", which is how IAM names its log streams.
        role.addToPolicy(Permissions.allow(List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                List.of(logs.getLogGroupArn())));
        function = Function.Builder.create(this, "Function")
                .functionName(job.functionName())
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(job.handler())
                .code(code)
                .memorySize(job.memoryMb())
                .timeout(Duration.seconds(job.timeout().toSeconds()))
                .environment(environment)
                .role(role)
                .logGroup(logs)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .reservedConcurrentExecutions(reservedConcurrency)
                .build();
        alias = Alias.Builder.create(this, "Alias")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
    }

    Job job() {
        return job;
    }

    Function function() {
        return function;
    }

    /** What schedules, stream mappings and the API invoke. */
    Alias alias() {
        return alias;
    }

    void allow(PolicyStatement statement) {
        role.addToPolicy(statement);
    }
}
