package dev.opsledger.cdk;

import dev.opsledger.domain.failover.RegionPair;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import software.constructs.Node;

/**
 * What the app is told about the target: read from the CDK context ({@code cdk.json}, or {@code -c key=value}
 * on the CDK CLI), the account also from {@code CDK_DEFAULT_ACCOUNT}.
 *
 * @param account       the account to deploy to; empty leaves the stacks account-agnostic, and the CLI
 *                      deploys them to the account of its credentials
 * @param regions       the primary and the secondary region (the domain's pair)
 * @param dns           the hosted zone and name for DNS failover; empty skips the records
 * @param dashboard     the browser origins whose pages may call the API (CORS); empty allows none
 * @param source        where the pipeline takes the code from
 * @param lambdaJars    where the deployment jars are
 * @param monthlyBudget the estimated monthly charge in USD above which the billing alarm fires
 */
public record DeploymentContext(Optional<String> account, RegionPair regions, Optional<DnsSettings> dns,
        Optional<DashboardOrigins> dashboard, PipelineSource source, LambdaJars lambdaJars, int monthlyBudget) {

    public static final String ACCOUNT = "account";
    public static final String HOSTED_ZONE_ID = "hostedZoneId";
    public static final String HOSTED_ZONE_NAME = "hostedZoneName";
    public static final String RECORD_NAME = "recordName";
    public static final String DASHBOARD_ORIGIN = "dashboardOrigin";
    public static final String LAMBDA_JARS = "lambdaJars";
    public static final String MONTHLY_BUDGET_USD = "monthlyBudgetUsd";
    public static final String SOURCE = "source";
    public static final String REPOSITORY = "repository";
    public static final String BRANCH = "branch";

    public DeploymentContext {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(dns, "dns");
        Objects.requireNonNull(dashboard, "dashboard");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lambdaJars, "lambdaJars");
        if (monthlyBudget < 1) {
            throw new IllegalArgumentException("the context value " + MONTHLY_BUDGET_USD + " must be at least 1, was "
                    + monthlyBudget);
        }
    }

    public static DeploymentContext of(Node context) {
        Values values = new Values(context);
        Optional<String> zoneId = values.text(HOSTED_ZONE_ID);
        Optional<String> zoneName = values.text(HOSTED_ZONE_NAME);
        Optional<String> recordName = values.text(RECORD_NAME);
        Optional<DnsSettings> dns = Optional.empty();
        if (zoneId.isPresent() || zoneName.isPresent() || recordName.isPresent()) {
            dns = Optional.of(new DnsSettings(
                    zoneId.orElseThrow(() -> values.missing(HOSTED_ZONE_ID, "DNS failover")),
                    zoneName.orElseThrow(() -> values.missing(HOSTED_ZONE_NAME, "DNS failover")),
                    recordName.orElseThrow(() -> values.missing(RECORD_NAME, "DNS failover"))));
        }
        return new DeploymentContext(
                values.text(ACCOUNT).or(() -> Optional.ofNullable(System.getenv("CDK_DEFAULT_ACCOUNT"))
                        .filter(account -> !account.isBlank())),
                RegionPair.DEFAULT,
                dns,
                values.text(DASHBOARD_ORIGIN).map(DashboardOrigins::parse),
                PipelineSource.of(values.text(SOURCE).orElse(PipelineSource.Kind.CODESTAR_CONNECTION.contextValue()),
                        values.text(REPOSITORY).orElseThrow(() -> values.missing(REPOSITORY, "the pipeline's source")),
                        values.text(BRANCH).orElse("main")),
                new LambdaJars(Path.of(values.text(LAMBDA_JARS).orElse("../bootstrap-lambda/target"))),
                values.text(MONTHLY_BUDGET_USD).map(budget -> values.number(MONTHLY_BUDGET_USD, budget)).orElse(50));
    }

    /** The context's values as text: cdk.json gives JSON values, {@code -c} gives strings. */
    private record Values(Node context) {

        Optional<String> text(String key) {
            return Optional.ofNullable(context.tryGetContext(key)).map(Object::toString).map(String::strip)
                    .filter(value -> !value.isEmpty());
        }

        int number(String key, String value) {
            try {
                return (int) Double.parseDouble(value);
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("the context value " + key + " must be a number, was '" + value + "'");
            }
        }

        IllegalArgumentException missing(String key, String neededBy) {
            return new IllegalArgumentException("the context value " + key + " is not set (needed by " + neededBy
                    + "; set it in infra-cdk/cdk.json or with -c " + key + "=...)");
        }
    }
}
