package dev.opsledger.domain.dora;

import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.IncidentEvent;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import java.time.Instant;
import java.util.Optional;

/**
 * The events of one incident stream seen so far. The latest attribution is kept apart from the cause
 * given at opening, so it wins over that cause whichever of the two this projection saw first.
 */
record IncidentHistory(Optional<IncidentOpened> opened, Optional<Instant> resolvedAt, Optional<DeploymentId> attributedCause) {

    static final IncidentHistory NOTHING = new IncidentHistory(Optional.empty(), Optional.empty(), Optional.empty());

    IncidentHistory with(IncidentEvent event) {
        return switch (event) {
            case IncidentOpened opening -> new IncidentHistory(Optional.of(opening), resolvedAt, attributedCause);
            case IncidentResolved resolution -> new IncidentHistory(opened, Optional.of(resolution.resolvedAt()), attributedCause);
            case IncidentAttributed attribution -> new IncidentHistory(opened, resolvedAt, Optional.of(attribution.cause()));
        };
    }

    boolean occursIn(ReportScope scope) {
        return opened.filter(o -> scope.covers(o.service(), o.environment())).isPresent();
    }

    Optional<DeploymentId> explicitCause() {
        return attributedCause.or(() -> opened.flatMap(IncidentOpened::cause));
    }

    /** Empty until the opening is known: it carries the service, environment and opening time. */
    Optional<IncidentFact> fact() {
        return opened.map(opening -> new IncidentFact(
                opening.incidentId(),
                opening.service(),
                opening.environment(),
                opening.severity(),
                opening.openedAt(),
                resolvedAt,
                explicitCause()));
    }
}
