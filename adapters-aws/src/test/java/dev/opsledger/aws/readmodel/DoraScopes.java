package dev.opsledger.aws.readmodel;

import dev.opsledger.inmemory.contract.DoraLog;
import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.DoraProjection;
import dev.opsledger.domain.dora.DoraReport;
import dev.opsledger.domain.dora.ReportScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Windows of every service and environment of a {@link DoraLog}, and the reports a model or the whole log gives for them. */
final class DoraScopes {

    private static final Instant DAY_0 = DoraLog.START;

    private DoraScopes() {
    }

    static List<ReportScope> all() {
        return DoraLog.SERVICES.stream()
                .flatMap(service -> DoraLog.ENVIRONMENTS.stream().flatMap(environment -> Stream.of(
                        ReportScope.ofService(service, environment, DAY_0, DAY_0.plus(Duration.ofDays(30))),
                        ReportScope.ofService(service, environment, DAY_0.plus(Duration.ofDays(3)), DAY_0.plus(Duration.ofDays(10))),
                        ReportScope.ofService(service, environment, DAY_0.plus(Duration.ofHours(100)), DAY_0.plus(Duration.ofHours(150))))))
                .toList();
    }

    static List<DoraReport> reports(DoraReadModel model) {
        return all().stream()
                .map(scope -> DoraProjection.report(model.facts(scope), scope))
                .toList();
    }

    static List<DoraReport> truth(List<Commit> log) {
        DoraFacts wholeLog = DoraFacts.of(DoraLog.events(log));
        return all().stream().map(scope -> DoraProjection.report(wholeLog, scope)).toList();
    }
}
