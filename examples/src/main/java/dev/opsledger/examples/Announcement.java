package dev.opsledger.examples;

import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import java.util.Locale;

/** One chat line about one event, and the webhook body that carries it. */
record Announcement(String text) {

    static Announcement of(RecordedEvent recorded) {
        return new Announcement(switch (recorded.event()) {
            case DeploymentStarted started -> "%s %s is deploying to %s (%s)".formatted(
                    started.service(), started.version(), started.environment(), started.deploymentId());
            case DeploymentFinished finished -> "deployment %s %s".formatted(
                    finished.deploymentId(), lowerCase(finished.outcome()));
            case IncidentOpened opened -> "%s incident %s opened on %s in %s".formatted(
                    lowerCase(opened.severity()), opened.incidentId(), opened.service(), opened.environment());
            case IncidentAttributed attributed -> "incident %s is blamed on deployment %s".formatted(
                    attributed.incidentId(), attributed.cause());
            case IncidentResolved resolved -> "incident %s resolved".formatted(resolved.incidentId());
            // Failovers, health changes and replication alerts: the stream says what they are about.
            default -> "%s: event %d recorded".formatted(recorded.stream(), recorded.version());
        });
    }

    private static String lowerCase(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@code {"text": ...}}, the body that Slack's, Mattermost's and Rocket.Chat's incoming webhooks accept. */
    String json() {
        StringBuilder json = new StringBuilder("{\"text\":\"");
        text.chars().forEach(character -> {
            switch (character) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (character < 0x20) {
                        json.append("\\u%04x".formatted(character));
                    } else {
                        json.append((char) character);
                    }
                }
            }
        });
        return json.append("\"}").toString();
    }
}
