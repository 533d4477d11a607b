package dev.opsledger.lambda.wiring;

import dev.opsledger.aws.wiring.AwsBackgroundAdapters;
import dev.opsledger.aws.wiring.AwsRegionAdapters;
import dev.opsledger.aws.wiring.AwsSettings;
import dev.opsledger.domain.shared.Region;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a background function's container keeps between invocations: the adapters of its own region, built
 * from the function's environment on first use (with its EventBridge, SNS and Lambda ones), and those of the
 * other region of the pair for the handlers that write across (replication). Both share the settings; only
 * the region differs. The API function wires itself (ApiHandler) and never loads this class.
 */
public final class Container {

    private static final Map<Region, AwsRegionAdapters> ADAPTERS = new ConcurrentHashMap<>();
    private static volatile AwsRegionAdapters local;
    private static volatile AwsBackgroundAdapters background;

    private Container() {
    }

    /**
     * Built on the first call, not in a static initializer: a missing setting must reach Lambda's init error
     * as the message naming the variable, not as an {@code ExceptionInInitializerError}.
     */
    public static AwsRegionAdapters local() {
        AwsRegionAdapters known = local;
        if (known == null) {
            synchronized (Container.class) {
                if (local == null) {
                    local = new AwsRegionAdapters(AwsSettings.fromEnvironment(System.getenv()));
                }
                known = local;
            }
        }
        return known;
    }

    /** The publisher, notifier and probes of the function's own region, over {@link #local()}'s clients. */
    public static AwsBackgroundAdapters background() {
        AwsBackgroundAdapters known = background;
        if (known == null) {
            AwsRegionAdapters adapters = local();
            synchronized (Container.class) {
                if (background == null) {
                    background = new AwsBackgroundAdapters(adapters);
                }
                known = background;
            }
        }
        return known;
    }

    /** The adapters of {@code region}: the table of the same name there, reached with the same settings. */
    public static AwsRegionAdapters of(Region region) {
        AwsRegionAdapters local = local();
        if (local.settings().region().equals(region)) {
            return local;
        }
        return ADAPTERS.computeIfAbsent(region, other -> new AwsRegionAdapters(inRegion(local.settings(), other)));
    }

    static AwsSettings inRegion(AwsSettings settings, Region region) {
        return new AwsSettings(region, settings.tableName(), settings.endpointOverride(), settings.regions(),
                settings.alertTopicArn(), settings.eventBusName(), settings.hostedZoneId(), settings.recordName(),
                settings.apiEndpoints(), settings.apiFunctionName(), settings.metricsNamespace());
    }
}
