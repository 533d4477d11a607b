package dev.opsledger.lambda.api;

/** Valid request bodies of every type, around {@link ApiFixture#NOW}. */
final class Bodies {

    static final String SHA = "0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b";
    static final String OTHER_SHA = "1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c";

    private Bodies() {
    }

    static String deployment(String id, String outcome) {
        return """
                {"type": "deployment", "id": "%s", "service": "checkout", "environment": "production",
                 "version": "1.4.2", "changes": [{"sha": "%s", "committedAt": "2026-03-01T08:00:00Z"}],
                 "startedAt": "2026-03-01T09:00:00Z", "finishedAt": "2026-03-01T09:10:00Z", "outcome": "%s"}
                """.formatted(id, SHA, outcome);
    }

    static String deploymentStarted(String id) {
        return """
                {"type": "deployment.started", "id": "%s", "service": "checkout", "environment": "production",
                 "version": "1.4.3", "changes": [{"sha": "%s", "committedAt": "2026-03-01T08:30:00Z"}],
                 "startedAt": "2026-03-01T10:00:00+01:00"}
                """.formatted(id, OTHER_SHA);
    }

    static String deploymentFinished(String id, String finishedAt) {
        return """
                {"type": "deployment.finished", "id": "%s", "outcome": "succeeded", "finishedAt": "%s"}
                """.formatted(id, finishedAt);
    }

    static String incidentOpened(String id) {
        return """
                {"type": "incident.opened", "id": "%s", "service": "checkout", "environment": "production",
                 "severity": "high", "openedAt": "2026-03-01T10:00:00Z"}
                """.formatted(id);
    }

    static String incidentOpened(String id, String cause) {
        return """
                {"type": "incident.opened", "id": "%s", "service": "checkout", "environment": "production",
                 "severity": "critical", "openedAt": "2026-03-01T10:00:00Z", "causeDeploymentId": "%s"}
                """.formatted(id, cause);
    }

    static String incidentResolved(String id, String resolvedAt) {
        return """
                {"type": "incident.resolved", "id": "%s", "resolvedAt": "%s"}
                """.formatted(id, resolvedAt);
    }

    static String incidentAttributed(String id, String cause) {
        return """
                {"type": "incident.attributed", "id": "%s", "causeDeploymentId": "%s"}
                """.formatted(id, cause);
    }
}
