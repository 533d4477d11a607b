package dev.opsledger.inmemory;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.inmemory.fault.Faults;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The operators' pager: remembers what was actually sent and which problems are still open. */
public final class RecordingAlertNotifier implements AlertNotifier {

    private final Faults faults;
    private final List<Alert> sent = new ArrayList<>();
    private final Set<String> openProblems = new TreeSet<>();

    public RecordingAlertNotifier(Faults faults) {
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    @Override
    public synchronized boolean notify(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        faults.beforeCall("notify " + alert.problemKey());
        boolean worthSending = alert.severity() == AlertSeverity.RESOLVED
                ? openProblems.remove(alert.problemKey())
                : openProblems.add(alert.problemKey());
        if (worthSending) {
            sent.add(alert);
        }
        return worthSending;
    }

    public synchronized List<Alert> sent() {
        return List.copyOf(sent);
    }

    /** Problem keys notified and not yet resolved. */
    public synchronized Set<String> openProblems() {
        return Set.copyOf(openProblems);
    }
}
