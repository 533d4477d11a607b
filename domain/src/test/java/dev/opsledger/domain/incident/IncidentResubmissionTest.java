package dev.opsledger.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.IncidentCommand.AttributeIncident;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentResubmissionTest {

    private static final IncidentId ID = new IncidentId("inc-1");
    private static final DeploymentId CAUSE = new DeploymentId("dep-7");
    private static final Instant AT = Instant.parse("2025-03-03T11:00:00Z");

    @Test
    void an_opening_comes_from_opening_the_incident() {
        assertThat(IncidentResubmission.commandsFor(List.of(
                new IncidentOpened(ID, "checkout", "production", Severity.CRITICAL, AT, Optional.of(CAUSE)))))
                .containsExactly(new OpenIncident(ID, "checkout", "production", Severity.CRITICAL, AT, Optional.of(CAUSE)));
    }

    @Test
    void a_resolution_comes_from_resolving_the_incident() {
        assertThat(IncidentResubmission.commandsFor(List.of(new IncidentResolved(ID, AT))))
                .containsExactly(new ResolveIncident(ID, AT));
    }

    @Test
    void an_attribution_comes_from_attributing_the_incident() {
        assertThat(IncidentResubmission.commandsFor(List.of(new IncidentAttributed(ID, CAUSE))))
                .containsExactly(new AttributeIncident(ID, CAUSE));
    }
}
