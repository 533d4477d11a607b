package dev.opsledger.examples;

import dev.opsledger.aws.wiring.AwsRegionAdapters;
import dev.opsledger.aws.wiring.AwsSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The same service in production: OpsLedger's AWS adapters behind every port but the team's chat. */
public final class ReleaseLedgerOnAws {

    private static final Duration CHAT_TIMEOUT = Duration.ofSeconds(5);

    private ReleaseLedgerOnAws() {
    }

    /**
     * Takes the region, table and Route 53 records from the environment variables {@link AwsSettings} names,
     * the ones OpsLedger's own Lambda functions read. Call it once per process: the SDK clients it builds are
     * meant to live as long as the process does.
     */
    public static ReleaseLedger fromEnvironment(Map<String, String> environment, URI chatWebhook) {
        AwsRegionAdapters aws = new AwsRegionAdapters(AwsSettings.fromEnvironment(environment));
        return new ReleaseLedger(aws.settings().region(), aws.eventStore(), aws.router(), aws.doraReadModel(),
                new ChatWebhookPublisher(chatWebhook, CHAT_TIMEOUT), aws.metrics(), Clock.systemUTC());
    }
}
