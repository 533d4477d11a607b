package dev.opsledger.aws.emf;

import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.MetricsRecorder;
import dev.opsledger.inmemory.contract.MetricsRecorderContract;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

class EmfMetricsRecorderContractTest extends MetricsRecorderContract {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private volatile boolean broken;

    @Override
    protected MetricsRecorder newRecorder() {
        OutputStream stdout = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                if (broken) {
                    throw new IOException("stdout closed");
                }
                written.write(b);
            }
        };
        return new EmfMetricsRecorder(new PrintStream(stdout, true, StandardCharsets.UTF_8), "OpsLedger",
                InstantSource.fixed(Instant.parse("2025-03-01T12:00:05Z")));
    }

    @Override
    protected List<Metric> emitted() {
        return EmfDocuments.metrics(written);
    }

    @Override
    protected void makeBackendUnavailable() {
        broken = true;
    }
}
