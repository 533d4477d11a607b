package dev.opsledger.application.failover;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.DeploymentDecider;
import dev.opsledger.domain.deployment.DeploymentEvent;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentResubmission;
import dev.opsledger.domain.incident.IncidentDecider;
import dev.opsledger.domain.incident.IncidentEvent;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.IncidentResubmission;
import dev.opsledger.domain.requestkey.RequestKey;
import dev.opsledger.domain.requestkey.RequestKeyClaimed;
import dev.opsledger.domain.requestkey.RequestKeyDecider;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.InvalidName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks the aggregate's own decider whether an orphaned commit still holds on top of the secondary's
 * history: the commit's events are turned back into the commands that produced them and decided again.
 * Only a commit that yields exactly its own events may be reapplied; anything else would write history
 * the domain no longer agrees with.
 */
final class OrphanJudge {

    private OrphanJudge() {
    }

    /** Why the orphan cannot be reapplied on top of {@code history}; empty when it decides to exactly its events. */
    static Optional<String> objection(Commit orphan, List<RecordedEvent> history) {
        return switch (orphan.stream().category()) {
            case DeploymentId.STREAM_CATEGORY -> objection(DeploymentDecider.decider(), DeploymentEvent.class,
                    DeploymentResubmission::commandsFor, orphan, history);
            case IncidentId.STREAM_CATEGORY -> objection(IncidentDecider.decider(), IncidentEvent.class,
                    IncidentResubmission::commandsFor, orphan, history);
            case RequestKey.STREAM_CATEGORY -> objection(RequestKeyDecider.decider(), RequestKeyClaimed.class,
                    claims -> claims.stream().map(RequestKeyDecider::commandFor).toList(), orphan, history);
            default -> Optional.of("no decider judges " + orphan.stream().category() + " streams");
        };
    }

    private static <C, S, E extends DomainEvent> Optional<String> objection(Decider<C, S, E> decider, Class<E> type,
            Function<List<E>, List<C>> resubmission, Commit orphan, List<RecordedEvent> history) {
        List<E> expected = orphan.events().stream().map(recorded -> type.cast(recorded.event())).toList();
        S state = decider.fold(history.stream().map(recorded -> type.cast(recorded.event())).toList());
        List<E> produced = new ArrayList<>();
        try {
            for (C command : resubmission.apply(expected)) {
                for (E event : decider.decide(command, state)) {
                    state = decider.evolve(state, event);
                    produced.add(event);
                }
            }
        } catch (CommandRejected | InvalidName rejected) {
            // A name recorded before names were checked can no longer make a command: it needs a person's eye.
            return Optional.of("rejected now: " + rejected.getMessage());
        }
        if (!produced.equals(expected)) {
            return Optional.of("decides to other events now: " + produced);
        }
        return Optional.empty();
    }
}
