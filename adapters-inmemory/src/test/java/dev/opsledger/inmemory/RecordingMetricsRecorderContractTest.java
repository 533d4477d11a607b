package dev.opsledger.inmemory;

import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.MetricsRecorder;
import dev.opsledger.inmemory.contract.MetricsRecorderContract;
import dev.opsledger.inmemory.fault.Faults;
import java.util.List;

class RecordingMetricsRecorderContractTest extends MetricsRecorderContract {

    private final Faults faults = new Faults();
    private RecordingMetricsRecorder recorder;

    @Override
    protected MetricsRecorder newRecorder() {
        recorder = new RecordingMetricsRecorder(faults);
        return recorder;
    }

    @Override
    protected List<Metric> emitted() {
        return recorder.recorded();
    }

    @Override
    protected void makeBackendUnavailable() {
        faults.goDark();
    }
}
