package dev.opsledger.application.recording;

import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.CommandRejected;

/**
 * An incident blamed on a deployment the log does not hold. Refused rather than recorded, because the
 * explicit cause overrides the implicit link: a mistyped id would silently drop the link to the real culprit.
 * A {@link CommandRejected}: the request is well formed, but breaks a rule.
 */
public final class CauseNotRecorded extends CommandRejected {

    private final IncidentId incidentId;
    private final DeploymentId cause;

    public CauseNotRecorded(IncidentId incidentId, DeploymentId cause) {
        super("incident " + incidentId + " names deployment " + cause + " as its cause, but no deployment "
                + cause + " is recorded");
        this.incidentId = incidentId;
        this.cause = cause;
    }

    public IncidentId incidentId() {
        return incidentId;
    }

    public DeploymentId cause() {
        return cause;
    }
}
