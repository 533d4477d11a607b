package dev.opsledger.aws.wiring;

import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.Region;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a region's AWS adapters need to know, read from a Lambda's environment. Only the region and
 * the table are needed by every function; the rest is needed only by the adapter that uses it, which
 * names the missing variable when it is asked for (see {@link #required}).
 *
 * @param region           {@value #REGION}: the region this code runs in (Lambda sets it)
 * @param tableName        {@value #TABLE}: the region's event table
 * @param endpointOverride {@value #ENDPOINT_OVERRIDE}: one endpoint for every AWS client (a local server)
 * @param regions          {@value #PRIMARY_REGION} and {@value #SECONDARY_REGION}, us-east-1 and us-west-2 unless set
 * @param alertTopicArn    {@value #ALERT_TOPIC_ARN}: the SNS topic alerts go to
 * @param eventBusName     {@value #EVENT_BUS}: the EventBridge bus domain events go to
 * @param hostedZoneId     {@value #HOSTED_ZONE_ID}: the Route 53 zone holding the failover records
 * @param recordName       {@value #RECORD_NAME}: the failover records' name, the API's public name
 * @param apiEndpoints     {@value #API_ENDPOINTS}: each region's API,
 *                         {@code us-east-1=https://...,us-west-2=https://...}; health checks probe them,
 *                         and their hosts are the failover records' targets
 * @param apiFunctionName  {@value #API_FUNCTION}: the API's Lambda function, probed in each region
 * @param metricsNamespace {@value #METRICS_NAMESPACE}: the CloudWatch namespace,
 *                         {@value #DEFAULT_METRICS_NAMESPACE} unless set
 */
public record AwsSettings(
        Region region,
        String tableName,
        Optional<URI> endpointOverride,
        RegionPair regions,
        Optional<String> alertTopicArn,
        Optional<String> eventBusName,
        Optional<String> hostedZoneId,
        Optional<String> recordName,
        Map<Region, URI> apiEndpoints,
        Optional<String> apiFunctionName,
        String metricsNamespace) {

    public static final String REGION = "AWS_REGION";
    public static final String TABLE = "OPSLEDGER_TABLE";
    public static final String ENDPOINT_OVERRIDE = "OPSLEDGER_ENDPOINT_OVERRIDE";
    public static final String PRIMARY_REGION = "OPSLEDGER_PRIMARY_REGION";
    public static final String SECONDARY_REGION = "OPSLEDGER_SECONDARY_REGION";
    public static final String ALERT_TOPIC_ARN = "OPSLEDGER_ALERT_TOPIC_ARN";
    public static final String EVENT_BUS = "OPSLEDGER_EVENT_BUS";
    public static final String HOSTED_ZONE_ID = "OPSLEDGER_HOSTED_ZONE_ID";
    public static final String RECORD_NAME = "OPSLEDGER_RECORD_NAME";
    public static final String API_ENDPOINTS = "OPSLEDGER_API_ENDPOINTS";
    public static final String API_FUNCTION = "OPSLEDGER_API_FUNCTION";
    public static final String METRICS_NAMESPACE = "OPSLEDGER_METRICS_NAMESPACE";
    public static final String DEFAULT_METRICS_NAMESPACE = "OpsLedger";

    public AwsSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(endpointOverride, "endpointOverride");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(alertTopicArn, "alertTopicArn");
        Objects.requireNonNull(eventBusName, "eventBusName");
        Objects.requireNonNull(hostedZoneId, "hostedZoneId");
        Objects.requireNonNull(recordName, "recordName");
        apiEndpoints = Map.copyOf(apiEndpoints);
        Objects.requireNonNull(apiFunctionName, "apiFunctionName");
        Objects.requireNonNull(metricsNamespace, "metricsNamespace");
    }

    /** Reads the settings; throws {@link IllegalStateException} naming the variable that is missing or malformed. */
    public static AwsSettings fromEnvironment(Map<String, String> env) {
        Variables variables = new Variables(env);
        return new AwsSettings(
                variables.region(REGION)
                        .orElseThrow(() -> missing(REGION, "the region this code runs in, e.g. us-east-1")),
                variables.text(TABLE).orElseThrow(() -> missing(TABLE, "the name of the region's event table")),
                variables.uri(ENDPOINT_OVERRIDE),
                variables.regionPair(),
                variables.text(ALERT_TOPIC_ARN),
                variables.text(EVENT_BUS),
                variables.text(HOSTED_ZONE_ID),
                variables.text(RECORD_NAME),
                variables.endpoints(API_ENDPOINTS),
                variables.text(API_FUNCTION),
                variables.text(METRICS_NAMESPACE).orElse(DEFAULT_METRICS_NAMESPACE));
    }

    /** The value of an optional setting that {@code neededBy} cannot do without. */
    public static <T> T required(Optional<T> setting, String variable, String neededBy) {
        return setting.orElseThrow(() -> missing(variable, "needed by " + neededBy));
    }

    private static IllegalStateException missing(String variable, String why) {
        return new IllegalStateException("the environment variable " + variable + " is not set (" + why + ")");
    }

    /** The environment's non-blank values, parsed. */
    private record Variables(Map<String, String> env) {

        Optional<String> text(String name) {
            return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
        }

        Optional<Region> region(String name) {
            return text(name).map(value -> parsed(name, value, () -> new Region(value)));
        }

        Optional<URI> uri(String name) {
            return text(name).map(value -> parsed(name, value, () -> absoluteUri(value)));
        }

        RegionPair regionPair() {
            Region primary = region(PRIMARY_REGION).orElse(RegionPair.DEFAULT.primary());
            Region secondary = region(SECONDARY_REGION).orElse(RegionPair.DEFAULT.secondary());
            return parsed(SECONDARY_REGION, secondary.name(), () -> new RegionPair(primary, secondary));
        }

        Map<Region, URI> endpoints(String name) {
            Map<Region, URI> endpoints = new LinkedHashMap<>();
            text(name).ifPresent(list -> {
                for (String entry : list.split(",")) {
                    String[] regionAndUri = entry.strip().split("=", 2);
                    if (regionAndUri.length != 2) {
                        throw malformed(name, list, "each entry is <region>=<url>, separated by commas");
                    }
                    endpoints.put(parsed(name, list, () -> new Region(regionAndUri[0].strip())),
                            parsed(name, list, () -> absoluteUri(regionAndUri[1].strip())));
                }
            });
            return endpoints;
        }

        private static <T> T parsed(String name, String value, ParseStep<T> parse) {
            try {
                return parse.parse();
            } catch (IllegalArgumentException | URISyntaxException invalid) {
                throw malformed(name, value, invalid.getMessage());
            }
        }

        private static URI absoluteUri(String value) throws URISyntaxException {
            URI uri = new URI(value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("an http or https URL with a host is expected");
            }
            return uri;
        }

        private static IllegalStateException malformed(String name, String value, String why) {
            return new IllegalStateException("the environment variable " + name + " is malformed ('" + value + "'): "
                    + why);
        }
    }

    @FunctionalInterface
    private interface ParseStep<T> {
        T parse() throws URISyntaxException;
    }
}
