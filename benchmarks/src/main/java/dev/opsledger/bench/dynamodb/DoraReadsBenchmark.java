package dev.opsledger.bench.dynamodb;

import dev.opsledger.application.dora.ComputeDoraMetrics;
import dev.opsledger.application.dora.ProjectDoraFacts;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.readmodel.DynamoDbDoraReadModel;
import dev.opsledger.domain.dora.ReportScope;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What the DORA read model costs with the log at each size asked for (the smallest is the baseline):
 * the write units of recording one more deployment once that many events are stored, its commit
 * ({@link DynamoDbEventStore#append}) and its projection together, beside the 22.3 WCU per commit the
 * projection alone cost in the former layout (day items holding a whole environment, measured at 100 k
 * events); and the reads of one {@code GET /metrics}, {@link ComputeDoraMetrics} over
 * {@link DynamoDbDoraReadModel} for the last 30 days, on one service and on the whole environment. The log
 * is appended and projected the way production does it, through {@link ProjectDoraFacts}, on several threads.
 */
final class DoraReadsBenchmark {

    private static final Duration WINDOW = Duration.ofDays(30);
    private static final double TARGET_RATIO = 1.1;
    private static final double TARGET_WCU = 3.0;
    private static final String FORMER_LAYOUT = "22.3 WCU projection + 1 commit, at 100,000 events (former layout, measured before)";
    private static final int RECORDED = 200;

    private record Report(double calls, double readUnits, List<Double> latenciesMillis) {
    }

    private record Size(int events, int commits, double fillSeconds, CallCounts fillCalls, double commitUnits,
            double projectionUnits, CallCounts recordCalls, Report service, Report environment, int deploymentsInWindow) {
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
            double total = size.commitUnits() + size.projectionUnits();
            rows.add(new ResultRow("Recording a deployment, " + size.events() + " events stored",
                    Stats.decimal(total) + " WCU (commit " + Stats.decimal(size.commitUnits()) + " + projection "
                            + Stats.decimal(size.projectionUnits()) + ")",
                    FORMER_LAYOUT,
                    Stats.percent(total / (22.26 + 1)) + " of the former",
                    (total <= TARGET_WCU ? "meets" : "misses") + " the 3 WCU target (dynalite, base table; the commit's `feed` index write adds 1 on AWS); per deployment "
                            + size.recordCalls().perUnit(RECORDED) + ", " + size.recordCalls().unitsPer(RECORDED)));
        }
        for (Size size : sizes) {
            double ratio = size.service().readUnits() / baseline.service().readUnits();
            rows.add(new ResultRow("DORA report reads, 30 days, " + size.events() + " events stored",
                    reads("one service", size.service()) + "; " + reads("environment", size.environment()),
                    reads("one service", baseline.service()) + " at " + baseline.events() + " events",
                    Stats.percent(size.service().calls() / baseline.service().calls()) + " calls, " + Stats.percent(ratio) + " RCU",
                    (size.service().calls() / baseline.service().calls() <= TARGET_RATIO ? "meets" : "misses")
                            + " the 1.1 target (calls); one service " + Stats.spread(size.service().latenciesMillis())
                            + " ms, environment " + Stats.spread(size.environment().latenciesMillis()) + " ms; "
                            + size.deploymentsInWindow() + " deployments of the service in the window; filled at "
                            + Stats.whole(size.commits() / size.fillSeconds()) + " commits/s, per commit (append and projection) "
                            + size.fillCalls().perUnit(size.commits()) + ", " + size.fillCalls().unitsPer(size.commits())));
        }
        return rows;
    }

    private static String reads(String scope, Report report) {
        return scope + " " + Stats.decimal(report.calls()) + " calls, " + Stats.decimal(report.readUnits()) + " RCU";
    }

    private Size measure(int events) {
        BenchTables tables = new BenchTables(client);
        String table = tables.create();
        DynamoDbEventStore store = new DynamoDbEventStore(client, table, Clock.systemUTC());
        DynamoDbDoraReadModel model = new DynamoDbDoraReadModel(client, table);
        ProjectDoraFacts projector = new ProjectDoraFacts(model);
        List<Commit> commits = DoraHistory.of(events, settings.seed());
        int tenth = Math.max(1, commits.size() / 10);
        long fillBegan = System.nanoTime();
        CallCounts beforeFill = counter.snapshot();
        Workers.Run fill = Workers.run(settings.fillThreads(), commits.size(), (worker, index) -> {
            Commit commit = commits.get(index);
            store.append(commit.stream(), commit.firstVersion() - 1, newEvents(commit));
            projector.project(List.of(commit));
            if ((index + 1) % tenth == 0) {
                System.out.println("    " + events + " events: recorded " + (index + 1) + " of " + commits.size()
                        + " commits in " + (System.nanoTime() - fillBegan) / 1_000_000_000 + " s");
            }
        });
        CallCounts fillCalls = counter.snapshot().minus(beforeFill);

        double commitUnits = 0;
        double projectionUnits = 0;
        CallCounts beforeRecording = counter.snapshot();
        for (Commit deployment : DoraHistory.moreDeployments(RECORDED, "recorded-", settings.seed() + events)) {
            CallCounts before = counter.snapshot();
            store.append(deployment.stream(), 0, newEvents(deployment));
            CallCounts appended = counter.snapshot();
            projector.project(List.of(deployment));
            commitUnits += appended.minus(before).writeUnits();
            projectionUnits += counter.snapshot().minus(appended).writeUnits();
        }
        CallCounts recordCalls = counter.snapshot().minus(beforeRecording);

        ComputeDoraMetrics metrics = new ComputeDoraMetrics(model);
        ReportScope service = ReportScope.ofService(DoraHistory.service(0), DoraHistory.ENVIRONMENT, DoraHistory.END.minus(WINDOW), DoraHistory.END);
        ReportScope environment = ReportScope.ofEnvironment(DoraHistory.ENVIRONMENT, service.from(), service.to());
        Report serviceReport = report(metrics, service);
        Report environmentReport = report(metrics, environment);
        int deployments = (int) model.facts(service).deployments().stream().filter(deployment -> deployment.finishedWithin(service)).count();
        tables.delete(table);
        System.out.println("  done: DORA at " + events + " events: recording a deployment " + Stats.decimal(commitUnits / RECORDED)
                + " + " + Stats.decimal(projectionUnits / RECORDED) + " WCU; " + reads("one service", serviceReport) + "; "
                + reads("environment", environmentReport));
        return new Size(events, commits.size(), fill.elapsed().toNanos() / 1e9, fillCalls, commitUnits / RECORDED,
                projectionUnits / RECORDED, recordCalls, serviceReport, environmentReport, deployments);
    }

    private Report report(ComputeDoraMetrics metrics, ReportScope scope) {
        metrics.report(scope);
        CallCounts before = counter.snapshot();
        List<Double> latencies = new ArrayList<>();
        for (int report = 0; report < settings.reportsPerSize(); report++) {
            long began = System.nanoTime();
            metrics.report(scope);
            latencies.add((System.nanoTime() - began) / 1e6);
        }
        CallCounts reads = counter.snapshot().minus(before);
        double reports = settings.reportsPerSize();
        return new Report(reads.total() / reports, reads.readUnits() / reports, latencies);
    }

    private static List<NewEvent> newEvents(Commit commit) {
        return commit.events().stream().map(recorded -> new NewEvent(recorded.id(), recorded.event())).toList();
    }
}
