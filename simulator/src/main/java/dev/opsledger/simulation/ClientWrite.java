package dev.opsledger.simulation;

import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.incident.IncidentCommand;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Objects;

/** One write a client sends, and sends again with the same command id until a region acknowledges it. */
record ClientWrite(String commandId, Command command, Instant issuedAt) {

    sealed interface Command {

        StreamId stream();
    }

    record OfDeployment(DeploymentCommand command) implements Command {

        @Override
        public StreamId stream() {
            return command.deploymentId().stream();
        }
    }

    record OfIncident(IncidentCommand command) implements Command {

        @Override
        public StreamId stream() {
            return command.incidentId().stream();
        }
    }

    ClientWrite {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    StreamId stream() {
        return command.stream();
    }
}
