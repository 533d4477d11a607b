package dev.opsledger.local;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** What {@code serve} prints once it listens: where, on what tables, and a curl command for every route. */
final class ServeBanner {

    private ServeBanner() {
    }

    static String text(URI url, String tables, Optional<String> apiKey, boolean chaos, Instant now) {
        String key = apiKey.map(value -> " -H 'x-api-key: " + value + "'").orElse("");
        Instant finished = now.truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.MINUTES);
        String deployment = """
                {"type":"deployment","id":"dep-1","service":"checkout","environment":"production","version":"1.0.0",\
                "changes":[{"sha":"0a1b2c3d","committedAt":"%s"}],"startedAt":"%s","finishedAt":"%s",\
                "outcome":"succeeded"}""".formatted(finished.minus(2, ChronoUnit.HOURS),
                finished.minus(10, ChronoUnit.MINUTES), finished);
        String outage = chaos ? """
                  # take us-east-1 dark for 30 seconds and watch the failover (--chaos)
                  curl -i -X POST '%s/local/outage?region=us-east-1&for=30s'%s
                """.formatted(url, key) : "";
        return """
                OpsLedger is serving on %1$s
                Regions: us-east-1 (active) and us-west-2 (standby), %2$s.
                Dashboard: open %1$s/ in a browser.

                Try:
                  # record a deployment (201, with its Location)
                  curl -i -X POST %1$s/metrics -H 'Content-Type: application/json'%3$s \\
                    -d '%4$s'
                  # what is recorded about it
                  curl -i %1$s/metrics/deployments/dep-1%3$s
                  # the four DORA keys of a service over the last 30 days
                  curl -i '%1$s/metrics?service=checkout&environment=production'%3$s
                  # each region's components, replication lag and the active region
                  curl -i %1$s/health
                %5$s
                Ctrl-C stops it.
                """.formatted(url, tables, key, deployment, outage);
    }
}
