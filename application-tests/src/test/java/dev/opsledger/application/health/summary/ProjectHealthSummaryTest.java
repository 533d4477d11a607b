package dev.opsledger.application.health.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.inmemory.contract.DoraLog;
import dev.opsledger.application.port.Commit;
import dev.opsledger.inmemory.InMemoryHealthSummaryReadModel;
import dev.opsledger.inmemory.contract.HealthHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProjectHealthSummaryTest {

    private static final List<Commit> MIXED_FEED =
            Stream.concat(DoraLog.random(3, 40, 2).stream(), HealthHistory.COMMITS.stream()).toList();

    @Test
    void hands_the_model_only_health_replication_and_failover_commits() {
        List<Commit> applied = new ArrayList<>();
        HealthSummaryReadModel recording = new HealthSummaryReadModel() {
            @Override
            public void apply(Commit commit) {
                applied.add(commit);
            }

            @Override
            public HealthSummary read() {
                throw new UnsupportedOperationException("only projecting is under test");
            }
        };

        new ProjectHealthSummary(recording).project(MIXED_FEED);

        assertThat(applied).isEqualTo(HealthHistory.COMMITS);
    }

    @Test
    void projecting_the_feed_twice_gives_the_summary_of_projecting_it_once() {
        InMemoryHealthSummaryReadModel model = new InMemoryHealthSummaryReadModel();
        ProjectHealthSummary projector = new ProjectHealthSummary(model);

        projector.project(MIXED_FEED);
        projector.project(MIXED_FEED);

        assertThat(model.read()).isEqualTo(HealthHistory.SUMMARY);
    }
}
