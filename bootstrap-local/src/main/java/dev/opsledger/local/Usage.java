package dev.opsledger.local;

import dev.opsledger.inmemory.simulation.Scenarios;

/** The help text: every command, every flag and every named scenario. */
final class Usage {

    private Usage() {
    }

    static String text() {
        StringBuilder text = new StringBuilder();
        text.append("""
                OpsLedger local runner: the whole system on one machine
                (./opsledger runs it from the repository; java -jar bootstrap-local/target/opsledger-local.jar works too).

                Usage:
                  ./opsledger serve [--port 8080] [--host 127.0.0.1] [--dynamodb-endpoint URL] [--api-key KEY]
                  ./opsledger simulate [--scenario NAME] [--json] [--dynamodb-endpoint URL] [knob flags]
                  ./opsledger rebuild-read-models --table NAME [--region R] [--dynamodb-endpoint URL] [--fresh]
                  ./opsledger help | --help | -h

                Commands:
                  serve      Serves the API (POST/GET /metrics, GET /health) on http://127.0.0.1:8080, through the
                             same handler API Gateway calls on Lambda, with both regions running in this process:
                             health checks, failover, replication, projection and publishing on the wall clock.
                             Prints a curl command for every route. Ctrl-C stops it.
                  simulate   Runs two regions (us-east-1 primary, us-west-2 disaster recovery) in this process on
                             a virtual clock: clients write deployments and incidents, the primary goes dark,
                             health checks fail over, replication and failback run as in production. Prints
                             measured RPO and RTO, events lost, fenced writes, failback reconciliation and
                             divergence. The same seed always prints the same report.
                  rebuild-read-models
                             Rebuilds the read models behind GET /metrics and GET /health (DORA figures, health
                             summary) in one region's table from that table's log, and prints how many commits it
                             applied. Idempotent: safe to run again, and while the system runs (see --fresh).
                  help       Prints this text.

                serve flags:
                  --port N                           the port to listen on; 0 takes any free one (default: 8080)
                  --host H                           the address to listen on (default: 127.0.0.1, this machine only)
                  --dynamodb-endpoint URL            keep both regions' tables on this DynamoDB server (dynalite):
                                                     opsledger-us-east-1 and opsledger-us-west-2, created when missing
                                                     and reused on restart. Default: $OPSLEDGER_DYNAMODB_ENDPOINT, or
                                                     in memory
                  --api-key KEY                      require this key in x-api-key on /metrics, as API Gateway does;
                                                     /health stays open

                simulate flags:
                  --scenario NAME                    the scenario to start from (default: default)
                  --json                             print the report as JSON instead of a table
                  --dynamodb-endpoint URL            keep both regions' tables on this DynamoDB server (dynalite)
                                                     instead of in memory: new tables opsledger-<region>-seed<N>-<n>,
                                                     written through the real DynamoDB event store; outages and the
                                                     virtual clock are the simulator's, so the report is the same.
                                                     Default: $OPSLEDGER_DYNAMODB_ENDPOINT. Start dynalite with
                                                     npx dynalite --port 4567 --createTableMs 0
                """);
        for (ScenarioFlags.Knob knob : ScenarioFlags.KNOBS) {
            text.append("  %-34s %s%n".formatted(knob.flag() + " " + knob.value(), knob.help()));
        }
        text.append("""

                Durations are written 30s, 5m, 1h, 1h30m or 1500ms. Flags may also be written --flag=value.

                Scenarios:
                """);
        for (Scenarios.Named named : Scenarios.catalogue()) {
            text.append("  %-18s %s%n".formatted(named.name(), wrapped(named.summary(), 80, 21)));
        }
        text.append("""

                rebuild-read-models flags:
                  --table NAME                       the region's event table, e.g. DevOpsMetrics (required)
                  --region R                         the table's AWS region. Default: the SDK's (AWS_REGION, or the
                                                     profile's), or us-east-1 with --dynamodb-endpoint. Credentials
                                                     come from the SDK's default chain (AWS_PROFILE, environment,
                                                     the role it runs under)
                  --dynamodb-endpoint URL            the table is on this DynamoDB server (dynalite), not on AWS.
                                                     Default: $OPSLEDGER_DYNAMODB_ENDPOINT
                  --fresh                            first delete every read-model item (pk rm:...), for when a
                                                     model's item format changed; commits and every other item stay.
                                                     Stop the projector while it deletes. Until the rebuild ends,
                                                     GET /metrics and GET /health answer from partial models

                Exit codes:
                  0  the run kept every safety invariant (RPO/RTO targets missed are reported, not failed),
                     or the read models were rebuilt
                  1  the run lost an acknowledged event, let a fenced region accept a write or left streams divergent
                  2  the command line was not understood
                  3  DynamoDB did not answer (the --dynamodb-endpoint server, or AWS), or refused: no such table,
                     not an OpsLedger table, no credentials or no access
                """);
        return text.toString();
    }

    private static String wrapped(String words, int width, int indent) {
        StringBuilder text = new StringBuilder();
        int lineLength = 0;
        for (String word : words.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                text.append(System.lineSeparator()).append(" ".repeat(indent));
                lineLength = 0;
            } else if (lineLength > 0) {
                text.append(' ');
                lineLength++;
            }
            text.append(word);
            lineLength += word.length();
        }
        return text.toString();
    }
}
