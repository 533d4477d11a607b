package dev.opsledger.inmemory;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.inmemory.contract.AlertNotifierContract;
import dev.opsledger.inmemory.fault.Faults;
import java.util.List;

class RecordingAlertNotifierContractTest extends AlertNotifierContract {

    private RecordingAlertNotifier notifier;

    @Override
    protected AlertNotifier newNotifier() {
        notifier = new RecordingAlertNotifier(new Faults());
        return notifier;
    }

    @Override
    protected List<String> deliveredSubjects() {
        return notifier.sent().stream().map(Alert::subject).toList();
    }
}
