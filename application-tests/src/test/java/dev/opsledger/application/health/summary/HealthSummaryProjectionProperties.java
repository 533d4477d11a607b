package dev.opsledger.application.health.summary;

import static dev.opsledger.application.health.summary.HealthLog.fold;
import static dev.opsledger.application.health.summary.HealthSummaryProjectionTest.FAILOVER_AND_BACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.inmemory.contract.DoraLog;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class HealthSummaryProjectionProperties {

    /** The feed orders streams as it likes and delivers some commits twice; only each stream's own order is kept. */
    @Property(tries = 200)
    void any_interleaving_of_streams_with_repeated_commits_folds_to_the_same_projection(@ForAll long seed) {
        assertThat(fold(DoraLog.interleaved(FAILOVER_AND_BACK, seed))).isEqualTo(fold(FAILOVER_AND_BACK));
    }
}
