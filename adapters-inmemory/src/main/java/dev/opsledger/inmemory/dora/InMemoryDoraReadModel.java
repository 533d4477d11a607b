package dev.opsledger.inmemory.dora;

import dev.opsledger.application.dora.DoraShelving;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.ReportScope;

/**
 * The DORA read model in memory: {@link DoraShelving}'s items in concurrent maps. Reports take no lock
 * and read only the shelves of the services in their scope, so writers never hold them up.
 */
public final class InMemoryDoraReadModel implements DoraReadModel {

    private final DoraShelving shelving = new DoraShelving(new InMemoryDoraItems());

    @Override
    public void apply(Commit commit) {
        shelving.apply(commit);
    }

    @Override
    public DoraFacts facts(ReportScope scope) {
        return shelving.facts(scope);
    }

    /** Range reads every {@link #facts} call so far has made. */
    public long itemsRead() {
        return shelving.reads();
    }
}
