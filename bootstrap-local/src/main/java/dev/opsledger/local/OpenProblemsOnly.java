package dev.opsledger.local;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.aws.sns.OpenProblems;
import java.util.Objects;

/**
 * The notifier of a command an operator runs: it keeps the region's open problems right (a resolved problem is
 * closed, so its next occurrence alerts again) and sends nothing, since the operator reads the command's output.
 */
final class OpenProblemsOnly implements AlertNotifier {

    private final OpenProblems openProblems;

    OpenProblemsOnly(OpenProblems openProblems) {
        this.openProblems = Objects.requireNonNull(openProblems, "openProblems");
    }

    @Override
    public boolean notify(Alert alert) {
        return alert.severity() == AlertSeverity.RESOLVED
                ? openProblems.close(alert.problemKey())
                : openProblems.open(alert.problemKey());
    }
}
