package dev.opsledger.domain.incident;

import dev.opsledger.domain.incident.IncidentCommand.AttributeIncident;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import java.util.List;

/**
 * The commands that produce exactly a commit's events. Failback uses them to ask whether the decider
 * still accepts a commit orphaned in the former region once it sits on top of the other region's history.
 */
public final class IncidentResubmission {

    private IncidentResubmission() {
    }

    public static List<IncidentCommand> commandsFor(List<IncidentEvent> commit) {
        return commit.stream().map(IncidentResubmission::commandFor).toList();
    }

    private static IncidentCommand commandFor(IncidentEvent event) {
        return switch (event) {
            case IncidentOpened opened -> new OpenIncident(opened.incidentId(), opened.service(),
                    opened.environment(), opened.severity(), opened.openedAt(), opened.cause());
            case IncidentResolved resolved -> new ResolveIncident(resolved.incidentId(), resolved.resolvedAt());
            case IncidentAttributed attributed -> new AttributeIncident(attributed.incidentId(), attributed.cause());
        };
    }
}
