package dev.opsledger.examples;

import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Announces every published event in the team's chat through an incoming webhook, one POST per event.
 *
 * <p>How it keeps the {@link EventPublisher} contract: every event of a call is tried; when some were
 * refused (no answer, or an answer other than 2xx) the call throws {@link ServiceUnavailable} once the
 * others went out, and the caller publishes the whole call again. After a failure the chat therefore sees
 * some events twice: each POST carries an {@code Idempotency-Key} (the event's stream and id) for
 * receivers that drop repeats.
 */
public final class ChatWebhookPublisher implements EventPublisher {

    private static final int TOO_MANY_REQUESTS = 429;

    private record Refusal(String reason, boolean throttled) {
    }

    private final HttpClient http;
    private final URI webhook;
    private final Duration timeout;

    public ChatWebhookPublisher(URI webhook, Duration timeout) {
        this.webhook = Objects.requireNonNull(webhook, "webhook");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void publish(List<RecordedEvent> events) {
        List<Refusal> refusals = new ArrayList<>();
        for (RecordedEvent event : events) {
            post(event).ifPresent(refusals::add);
        }
        if (!refusals.isEmpty()) {
            throw new ServiceUnavailable("the chat refused " + refusals.size() + " of " + events.size()
                    + " announcements (first: " + refusals.getFirst().reason() + "): publish them again",
                    refusals.stream().anyMatch(Refusal::throttled));
        }
    }

    private Optional<Refusal> post(RecordedEvent event) {
        HttpRequest request = HttpRequest.newBuilder(webhook)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", event.stream() + "/" + event.id())
                .POST(BodyPublishers.ofString(Announcement.of(event).json()))
                .build();
        try {
            int status = http.send(request, BodyHandlers.discarding()).statusCode();
            return status / 100 == 2
                    ? Optional.empty()
                    : Optional.of(new Refusal("HTTP " + status, status == TOO_MANY_REQUESTS));
        } catch (IOException unanswered) {
            return Optional.of(new Refusal(unanswered.toString(), false));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("interrupted while announcing event " + event.id(), interrupted);
        }
    }
}
