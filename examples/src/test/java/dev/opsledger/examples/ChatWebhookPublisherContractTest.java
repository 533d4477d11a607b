package dev.opsledger.examples;

import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.inmemory.contract.EventPublisherContract;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;

/** The port's own contract suite, from adapters-inmemory's test-jar, run against the team's publisher. */
class ChatWebhookPublisherContractTest extends EventPublisherContract {

    private final FakeChatWebhook chat = new FakeChatWebhook();
    /** The chat only sees keys and text; the events handed out, by key, say which events those were. */
    private final Map<String, RecordedEvent> handedOut = new ConcurrentHashMap<>();

    @Override
    protected EventPublisher newPublisher() {
        ChatWebhookPublisher publisher = new ChatWebhookPublisher(chat.uri(), Duration.ofSeconds(5));
        return events -> {
            events.forEach(event -> handedOut.put(event.stream() + "/" + event.id(), event));
            publisher.publish(events);
        };
    }

    @Override
    protected List<RecordedEvent> delivered() {
        return chat.accepted().stream().map(post -> handedOut.get(post.idempotencyKey())).toList();
    }

    @Override
    protected void refuseNextEntries(int entries) {
        chat.refuseNext(entries);
    }

    @AfterEach
    void stopChat() {
        chat.close();
    }
}
