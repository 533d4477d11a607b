package dev.opsledger.application.port;

import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.DoraProjection;
import dev.opsledger.domain.dora.ReportScope;

/**
 * What deployment and incident events say, laid out by service so that a report over a window, on one
 * service or on every service of the environment, costs a number of reads that never grows with the number
 * of events in the log, and a recorded deployment a number of small writes that does not either.
 * Rebuildable from the log at any time. {@link dev.opsledger.application.dora.DoraShelving} holds the layout;
 * implementations store its items.
 *
 * <p>Contract, held by every implementation and checked by the shared contract suite:
 * <ul>
 *   <li>{@link #apply} is idempotent and order-insensitive across streams: applying a commit again changes
 *       nothing, and commits of different streams give the same model in any interleaving. Commits of one
 *       stream arrive in version order, possibly repeated; a commit that skips versions of its stream is
 *       refused with {@link IllegalArgumentException} and changes nothing. Commits of streams that are
 *       neither deployments nor incidents change nothing.</li>
 *   <li>{@link #facts} returns facts from which {@link DoraProjection#report} computes, for
 *       the same scope, the very report it computes from the facts of every event applied. That includes deployments in the window blamed by incidents after
 *       it, implicitly or explicitly, from any service.</li>
 *   <li>{@link #facts} makes a number of reads that depends only on the number of services in the scope
 *       (one, or every service of the environment), never on the number of events stored.</li>
 *   <li>Any call may throw {@link ServiceUnavailable}; applying the same commits again is always safe.</li>
 * </ul>
 */
public interface DoraReadModel {

    void apply(Commit commit);

    /** The facts a report on {@code scope} needs: of its service, or of every service of its environment. */
    DoraFacts facts(ReportScope scope);
}
