package dev.opsledger.domain.incident;

import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.Incident.Open;
import dev.opsledger.domain.incident.Incident.Resolved;
import dev.opsledger.domain.incident.Incident.Unreported;
import dev.opsledger.domain.incident.IncidentCommand.AttributeIncident;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import java.util.List;
import java.util.Optional;

/**
 * One incident's life ({@code Unreported} → {@code Open} → {@code Resolved}): opened once, resolved once and not
 * before it opened, its cause overridable throughout.
 *
 * <ul>
 *   <li>{@code OpenIncident} only once; the cause is optional.</li>
 *   <li>{@code ResolveIncident} only while open, only once, and not before it opened.</li>
 *   <li>{@code AttributeIncident} names the causing deployment, while open or after resolution, and overrides any
 *       earlier cause; naming the cause it already has records nothing.</li>
 *   <li>With no explicit cause, the DORA projection links the incident to the last successful deployment of the same
 *       service and environment that finished at or before it opened. That link is computed, not stored, so a later
 *       explicit attribution simply wins.</li>
 * </ul>
 */
public final class IncidentDecider {

    private IncidentDecider() {
    }

    public static Decider<IncidentCommand, Incident, IncidentEvent> decider() {
        return new Decider<>(IncidentDecider::decide, IncidentDecider::evolve, initialState());
    }

    public static Incident initialState() {
        return new Unreported();
    }

    public static List<IncidentEvent> decide(IncidentCommand command, Incident state) {
        requireSameIncident(command, state);
        return switch (command) {
            case OpenIncident open -> List.of(opened(open, state));
            case ResolveIncident resolve -> List.of(resolved(resolve, state));
            case AttributeIncident attribute -> attributed(attribute, state);
        };
    }

    public static Incident evolve(Incident state, IncidentEvent event) {
        return switch (state) {
            case Unreported unreported when event instanceof IncidentOpened opened -> new Open(
                    opened.incidentId(),
                    opened.service(),
                    opened.environment(),
                    opened.severity(),
                    opened.openedAt(),
                    opened.cause());
            case Open open when event instanceof IncidentResolved resolved && sameIncident(open, event) ->
                    new Resolved(open, resolved.resolvedAt());
            case Open open when event instanceof IncidentAttributed attributed && sameIncident(open, event) ->
                    open.withCause(attributed.cause());
            case Resolved resolved when event instanceof IncidentAttributed attributed
                    && sameIncident(resolved.incident(), event) ->
                    new Resolved(resolved.incident().withCause(attributed.cause()), resolved.resolvedAt());
            default -> throw new IllegalStateException(
                    "the log of incident " + event.incidentId() + " is corrupt: " + event + " cannot follow " + state);
        };
    }

    private static IncidentOpened opened(OpenIncident open, Incident state) {
        IncidentId id = open.incidentId();
        return switch (state) {
            case Open current -> throw alreadyOpened(current);
            case Resolved resolved -> throw alreadyOpened(resolved.incident());
            case Unreported unreported -> new IncidentOpened(
                    id, open.service(), open.environment(), open.severity(), open.openedAt(), open.cause());
        };
    }

    private static IncidentResolved resolved(ResolveIncident resolve, Incident state) {
        IncidentId id = resolve.incidentId();
        return switch (state) {
            case Unreported unreported -> throw rejected(id, "has not been opened, so it cannot be resolved");
            case Resolved resolved -> throw rejected(id, "was already resolved at " + resolved.resolvedAt());
            case Open open -> {
                if (resolve.resolvedAt().isBefore(open.openedAt())) {
                    throw rejected(id, "cannot be resolved at " + resolve.resolvedAt()
                            + ", before it opened at " + open.openedAt());
                }
                yield new IncidentResolved(id, resolve.resolvedAt());
            }
        };
    }

    /** Naming the cause it already has changes nothing, so a retried attribution records nothing twice. */
    private static List<IncidentEvent> attributed(AttributeIncident attribute, Incident state) {
        Optional<DeploymentId> current = switch (state) {
            case Unreported unreported -> throw rejected(attribute.incidentId(),
                    "has not been opened, so it cannot be attributed to a deployment");
            case Open open -> open.cause();
            case Resolved resolved -> resolved.incident().cause();
        };
        if (current.equals(Optional.of(attribute.cause()))) {
            return List.of();
        }
        return List.of(new IncidentAttributed(attribute.incidentId(), attribute.cause()));
    }

    private static void requireSameIncident(IncidentCommand command, Incident state) {
        Optional<IncidentId> current = switch (state) {
            case Unreported unreported -> Optional.empty();
            case Open open -> Optional.of(open.incidentId());
            case Resolved resolved -> Optional.of(resolved.incident().incidentId());
        };
        if (current.isPresent() && !current.get().equals(command.incidentId())) {
            throw rejected(command.incidentId(), "cannot be decided on the state of incident " + current.get());
        }
    }

    private static boolean sameIncident(Open open, IncidentEvent event) {
        return open.incidentId().equals(event.incidentId());
    }

    private static CommandRejected alreadyOpened(Open open) {
        return rejected(open.incidentId(), "was already opened at " + open.openedAt());
    }

    private static CommandRejected rejected(IncidentId id, String rule) {
        return new CommandRejected("incident " + id + " " + rule);
    }
}
