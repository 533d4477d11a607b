package dev.opsledger.aws.bench;

import dev.opsledger.application.dora.ComputeDoraMetrics;
import dev.opsledger.application.dora.ProjectDoraFacts;
import dev.opsledger.application.port.Commit;
import dev.opsledger.aws.readmodel.DynamoDbDoraReadModel;
import dev.opsledger.domain.dora.ReportScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What one {@code GET /metrics} costs in reads, {@link ComputeDoraMetrics} over {@link DynamoDbDoraReadModel}
 * for one service over the last 30 days, with the log at each size asked for; the smallest size is the
 * baseline. The read model is filled the way production fills it, through {@link ProjectDoraFacts}, on
 * several threads (commits of different streams may be applied in any order).
 */
final class DoraReadsBenchmark {

    private static final Duration WINDOW = Duration.ofDays(30);
    private static final double TARGET_RATIO = 1.1;

    private record Size(int events, int commits, double fillSeconds, CallCounts fillCalls, double requests,
            double items, double readUnits, double calls, List<Double> latenciesMillis, int deploymentsInWindow) {
    }

    private final DynamoDbClient client;
    private final CallCounter counter;
    private final BenchSettings settings;

    DoraReadsBenchmark(DynamoDbClient client, CallCounter counter, BenchSettings settings) {
        this.client = client;
        this.counter = counter;
        this.settings = settings;
    }

    List<ResultRow> run() {
        List<Size> sizes = new ArrayList<>();
        for (int events : settings.doraEvents()) {
            sizes.add(measure(events));
        }
        Size baseline = sizes.getFirst();
        List<ResultRow> rows = new ArrayList<>();
        for (Size size : sizes) {
            double ratio = size.requests() / baseline.requests();
            rows.add(new ResultRow("DORA report reads, 30 days, " + size.events() + " events stored",
                    reads(size), reads(baseline) + " at " + baseline.events() + " events",
                    Stats.percent(ratio) + " requests, " + Stats.percent(size.items() / baseline.items()) + " items, "
                            + Stats.percent(size.readUnits() / baseline.readUnits()) + " RCU",
                    (ratio <= TARGET_RATIO ? "meets" : "misses") + " the 1.1 target (requests); report "
                            + Stats.spread(size.latenciesMillis()) + " ms; " + size.deploymentsInWindow()
                            + " deployments in the window; filled at " + Stats.whole(size.commits() / size.fillSeconds())
                            + " commits/s, per commit " + size.fillCalls().perUnit(size.commits()) + ", "
                            + size.fillCalls().unitsPer(size.commits())));
        }
        return rows;
    }

    private static String reads(Size size) {
        return Stats.decimal(size.requests()) + " requests (" + Stats.decimal(size.calls()) + " calls), "
                + Stats.decimal(size.items()) + " items, " + Stats.decimal(size.readUnits()) + " RCU";
    }

    private Size measure(int events) {
        BenchTables tables = new BenchTables(client);
        String table = tables.create();
        DynamoDbDoraReadModel model = new DynamoDbDoraReadModel(client, table);
        ProjectDoraFacts projector = new ProjectDoraFacts(model);
        List<Commit> commits = DoraHistory.of(events, settings.seed());
        int tenth = Math.max(1, commits.size() / 10);
        long fillBegan = System.nanoTime();
        CallCounts beforeFill = counter.snapshot();
        Workers.Run fill = Workers.run(settings.fillThreads(), commits.size(), (worker, index) -> {
            projector.project(List.of(commits.get(index)));
            if ((index + 1) % tenth == 0) {
                System.out.println("    " + events + " events: projected " + (index + 1) + " of " + commits.size()
                        + " commits in " + (System.nanoTime() - fillBegan) / 1_000_000_000 + " s");
            }
        });
        CallCounts fillCalls = counter.snapshot().minus(beforeFill);

        ComputeDoraMetrics metrics = new ComputeDoraMetrics(model);
        ReportScope scope = ReportScope.ofService(DoraHistory.service(0), DoraHistory.ENVIRONMENT,
                DoraHistory.END.minus(WINDOW), DoraHistory.END);
        metrics.report(scope);
        long requestsBefore = model.readRequests();
        long itemsBefore = model.itemsRead();
        CallCounts before = counter.snapshot();
        List<Double> latencies = new ArrayList<>();
        for (int report = 0; report < settings.reportsPerSize(); report++) {
            long began = System.nanoTime();
            metrics.report(scope);
            latencies.add((System.nanoTime() - began) / 1e6);
        }
        CallCounts reads = counter.snapshot().minus(before);
        double reports = settings.reportsPerSize();
        double requests = (model.readRequests() - requestsBefore) / reports;
        double items = (model.itemsRead() - itemsBefore) / reports;
        int deployments = (int) model.facts(scope).deployments()
                .stream().filter(deployment -> deployment.finishedWithin(scope)).count();
        tables.delete(table);
        System.out.println("  done: DORA reads at " + events + " events");
        return new Size(events, commits.size(), fill.elapsed().toNanos() / 1e9, fillCalls,
                requests, items, reads.readUnits() / reports, reads.total() / reports, latencies, deployments);
    }
}
