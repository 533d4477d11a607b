package dev.opsledger.inmemory;

import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.inmemory.contract.EventPublisherContract;
import dev.opsledger.inmemory.fault.Faults;
import java.util.List;

class RecordingEventPublisherContractTest extends EventPublisherContract {

    private RecordingEventPublisher publisher;

    @Override
    protected EventPublisher newPublisher() {
        publisher = new RecordingEventPublisher(new Faults());
        return publisher;
    }

    @Override
    protected List<RecordedEvent> delivered() {
        return publisher.published();
    }

    @Override
    protected void refuseNextEntries(int entries) {
        publisher.rejectNext(entries);
    }
}
