package dev.opsledger.application.publishing;

import dev.opsledger.domain.deployment.DeploymentEvent;
import dev.opsledger.domain.failover.FailoverEvent;
import dev.opsledger.domain.health.HealthEvent;
import dev.opsledger.domain.incident.IncidentEvent;
import dev.opsledger.domain.quarantine.CommitQuarantined;
import dev.opsledger.domain.replication.ReplicationEvent;
import dev.opsledger.domain.shared.DomainEvent;

/**
 * Which events leave the system. Published: the facts subscribers act on, that is every deployment,
 * incident and failover event, a commit put in quarantine by failback, a component's status change, and a
 * replication divergence found or cleared, or a replication failure. Withheld: bookkeeping, that is each recorded health check,
 * replication batches, checkpoints and lag, and the publisher's own checkpoints (publishing those would
 * feed the publisher its own output). A type not named here is withheld: a new kind of event goes on the
 * bus because someone decided it should, never by accident.
 */
public final class PublicationRule {

    private PublicationRule() {
    }

    public static boolean publishes(DomainEvent event) {
        return switch (event) {
            case DeploymentEvent deployment -> true;
            case IncidentEvent incident -> true;
            case FailoverEvent failover -> true;
            case CommitQuarantined quarantined -> true;
            case HealthEvent.StatusChanged statusChanged -> true;
            case ReplicationEvent.DivergenceDetected divergence -> true;
            case ReplicationEvent.DivergenceCleared cleared -> true;
            case ReplicationEvent.ReplicationFailed failure -> true;
            default -> false;
        };
    }
}
