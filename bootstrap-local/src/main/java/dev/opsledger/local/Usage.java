package dev.opsledger.local;

import dev.opsledger.simulation.Scenario;
import dev.opsledger.simulation.Scenarios;
import dev.opsledger.simulation.Simulator;

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
                                    [--check-interval 10s] [--chaos]
                  ./opsledger simulate [--scenario NAME] [--json] [--dynamodb-endpoint URL] [knob flags]
                  ./opsledger rebuild-read-models --table NAME [--region R] [--dynamodb-endpoint URL] [--fresh]
                  ./opsledger clear-divergence --route 'SOURCE>TARGET' --stream ID [--source-table NAME]
                                               [--target-table NAME] [--dynamodb-endpoint URL]
                  ./opsledger help | --help | -h

                Commands:
                  serve      Serves the API (POST/GET /metrics, GET /health) on http://127.0.0.1:8080, through the
                             same handler API Gateway calls on Lambda, with both regions running in this process:
                             health checks, failover, replication, projection and publishing on the wall clock.
                             Prints a curl command for every route. Its page at / shows DORA figures, health
                             and failovers, refreshed every few seconds. Ctrl-C stops it.
                  simulate   Runs two regions (us-east-1 primary, us-west-2 disaster recovery) in this process on
                             a virtual clock: clients write deployments and incidents, the primary goes dark,
                             health checks fail over, replication and failback run as in production. Prints
                             measured RPO and RTO, events lost, fenced writes, failback reconciliation and
                             divergence. The same seed always prints the same report.
                  rebuild-read-models
                             Rebuilds the read models behind GET /metrics and GET /health (DORA figures, health
                             summary) in one region's table from that table's log, and prints how many commits it
                             applied. Idempotent: safe to run again, and while the system runs (see --fresh).
                  clear-divergence
                             Lets replication take again a stream it holds back as divergent, after you repaired it
                             (failback re-applies or quarantines a former primary's commits): refused while the
                             target still holds events of the stream the source lacks. Copies what the target
                             missed meanwhile, records DivergenceCleared and closes the divergence alert.
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
                  --check-interval D                 between two health checks, 1s to 5m (default: 10s); three failed
                                                     checks fail over, six passing ones fail back
                  --chaos                            add POST /local/outage?region=R&for=D (and a button on the page)
                                                     that takes a region dark for D, 1s to 10m; never on Lambda

                simulate flags:
                  --scenario NAME                    the scenario to start from (default: default)
                  --json                             print the report as JSON instead of a table
                  --dynamodb-endpoint URL            keep both regions' tables on this DynamoDB server (dynalite)
                                                     instead of in memory: new tables opsledger-<region>-seed<N>-<n>,
                                                     written through the real DynamoDB event store; outages and the
                                                     virtual clock are the simulator's, so the report is the same.
                                                     Slower: progress is shown on stderr.
                                                     Default: $OPSLEDGER_DYNAMODB_ENDPOINT. Start dynalite with
                                                     npx dynalite --port 4567 --createTableMs 0
                """);
        Scenario defaults = Scenarios.named("default");
        for (ScenarioFlags.Knob knob : ScenarioFlags.KNOBS) {
            String help = knob.help() + " (" + knob.limits() + "; default " + knob.defaultOf().apply(defaults) + ")";
            text.append("  %-34s %s%n".formatted(knob.flag() + " " + knob.value(), wrapped(help, 64, 37)));
        }
        text.append("""

                Durations are written 30s, 5m, 1h, 1h30m or 1500ms (digits 0-9, each unit once, largest first).
                Flags may also be written --flag=value, and each at most once. Defaults are the default
                scenario's; another --scenario brings its own. A run also takes at most %d writes (--duration x
                --writes-per-minute) and %d health checks (the longer of --duration and the end of the last
                outage, divided by --check-interval), and its last outage must end within %s. A run that
                takes more than a few seconds shows its progress on stderr; the report alone goes to stdout.

                Targets: every scenario is measured against RPO < %s and RTO < %s (the design's targets). RPO is
                how far back from the moment the primary went dark the oldest acknowledged write reaches that the
                secondary lacked at failover; RTO is from that moment to the first write the promoted region
                acknowledged. Outages with a --flap-gap of 0 are one dark period, and a failover is measured from
                the dark period in which its first failed health check fell.

                Settle rule: after the clients stop, the run goes on, without clients, until it has settled: the
                last outage is over, writes are back in the primary and every replicated stream is the same in
                both regions (checked every --check-interval). It gives up %s after the later of the clients
                stopping and the last outage ending, and then says NOT settled and exits 4: events still waiting
                in the other region are counted as stranded, not lost, and divergence could not be checked.
                A write "quarantined" at failback was acknowledged, then conflicted with what the secondary
                recorded meanwhile: it is kept whole for an operator to judge, not applied, and not lost.

                Scenarios:
                """.formatted(ScenarioFlags.MAX_WRITES, ScenarioFlags.MAX_HEALTH_CHECKS,
                DurationText.format(ScenarioFlags.MAX_LAST_OUTAGE_END), DurationText.format(ReportTable.RPO_TARGET),
                DurationText.format(ReportTable.RTO_TARGET), DurationText.format(Simulator.SETTLE_LIMIT)));
        for (Scenarios.Named named : Scenarios.catalogue()) {
            text.append("  %-18s %s%n".formatted(named.name(), wrapped(named.summary(), 80, 21)));
        }
        text.append("""

                rebuild-read-models flags:
                  --table NAME                       the region's event table, e.g. DevOpsMetrics (required)
                  --region R                         the table's AWS region. Default: the SDK's (AWS_REGION, or the
                                                     profile's), or us-east-1 with --dynamodb-endpoint. Credentials
                                                     come from the SDK's default chain (AWS_PROFILE, environment,
                                                     the role it runs under). With --dynamodb-endpoint it only signs
                                                     the requests: the server answers whatever the region
                  --dynamodb-endpoint URL            the table is on this DynamoDB server (dynalite), not on AWS;
                                                     no AWS credentials are needed, and a server that does not
                                                     answer within %d s is reported.
                                                     Default: $OPSLEDGER_DYNAMODB_ENDPOINT
                  --fresh                            first delete every read-model item (pk rm:...), for when a
                                                     model's item layout changed; commits and every other item stay.
                                                     Until the rebuild ends, GET /metrics and GET /health answer
                                                     from partial models

                clear-divergence flags:
                  --route 'SOURCE>TARGET'            the replication route, as its journal stream and the alert name
                                                     it, e.g. 'us-east-1>us-west-2' (quoted: > is the shell's)
                  --stream ID                        the divergent stream, e.g. deployment:d-42 (required)
                  --source-table NAME                the source region's event table, e.g. DevOpsMetrics; required
                  --target-table NAME                against AWS (each in its region, SDK credentials). With
                                                     --dynamodb-endpoint, serve's opsledger-<region> by default
                  --dynamodb-endpoint URL            both tables are on this DynamoDB server (dynalite).
                                                     Default: $OPSLEDGER_DYNAMODB_ENDPOINT

                Exit codes:
                  0  the run kept every safety invariant (RPO/RTO targets missed are reported, not failed),
                     the read models were rebuilt, or the divergence was cleared
                  1  the run lost an acknowledged event, let a fenced region accept a write or left streams divergent
                  2  the command line was not understood, or asked for a value beyond a limit
                  3  DynamoDB did not answer (the --dynamodb-endpoint server, or AWS), or refused: no such table,
                     not an OpsLedger table, no credentials or no access
                  4  the run kept every invariant it could check but did not settle (see the settle rule), so
                     divergence was not checked: not a pass
                  5  clear-divergence was refused: the stream is not marked divergent on that route, or the
                     target still holds events of it that the source lacks; nothing was changed
                """.formatted(ServerFailure.CALL_TIMEOUT.toSeconds()));
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
