package dev.opsledger.aws.readmodel;

import static dev.opsledger.inmemory.contract.HealthHistory.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.inmemory.contract.DoraLog;
import dev.opsledger.inmemory.contract.HealthHistory;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the contract cannot see: which writes reach the table. */
class DynamoDbHealthSummaryTest {

    private final Dynalite dynalite = Dynalite.shared();
    private final String table = ReadModelTables.fresh();
    private final DynamoDbHealthSummary summary = new DynamoDbHealthSummary(dynalite.client(), table);

    @Test
    void commits_at_or_below_the_version_folded_in_write_nothing() {
        HealthHistory.COMMITS.forEach(summary::apply);
        var items = ReadModelTables.items(table);

        HealthHistory.COMMITS.forEach(summary::apply);
        summary.apply(HealthHistory.COMMITS.getFirst());
        summary.apply(HealthHistory.COMMITS.get(5));

        assertThat(ReadModelTables.items(table)).isEqualTo(items);
    }

    @Test
    void commits_of_deployments_and_incidents_write_nothing() {
        IncidentId incident = new IncidentId("i1");

        summary.apply(DoraLog.commit(incident.stream(), 1, T0,
                new IncidentOpened(incident, "checkout", "production", Severity.HIGH, T0, Optional.empty())));

        assertThat(ReadModelTables.items(table)).isEmpty();
    }
}
