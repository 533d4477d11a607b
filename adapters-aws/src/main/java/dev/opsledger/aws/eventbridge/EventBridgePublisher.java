package dev.opsledger.aws.eventbridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.aws.json.EventTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Publishes domain events to an EventBridge bus with {@code PutEvents}: source {@code opsledger}, the
 * event's stable name from {@link EventTypes} as detail type (subscribers' rules match on it, so renaming a record
 * must not change it), and as detail {@code {"eventId", "stream", "version",
 * "event"}} where {@code event} is the JSON that {@code eventJson} renders for the event.
 *
 * <p>Calls carry at most 10 entries and stay under 256 KB, sized as EventBridge sizes them. Entries the
 * bus refuses within an accepted call are sent again, alone, a bounded number of times (see
 * {@link EntryRetry}); if some are still refused, later calls are not tried and {@link ServiceUnavailable}
 * tells the caller to publish the same events again. Whole calls that fail are retried by the SDK.
 */
public final class EventBridgePublisher implements EventPublisher {

    private static final String SOURCE = "opsledger";
    private static final int MAX_ENTRIES_PER_CALL = 10;
    private static final int MAX_CALL_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventBridgeClient client;
    private final String busName;
    private final Function<RecordedEvent, String> eventJson;
    private final EntryRetry retry;

    public EventBridgePublisher(EventBridgeClient client, String busName, Function<RecordedEvent, String> eventJson) {
        this(client, busName, eventJson, EntryRetry.standard());
    }

    public EventBridgePublisher(EventBridgeClient client, String busName, Function<RecordedEvent, String> eventJson,
            EntryRetry retry) {
        this.client = Objects.requireNonNull(client, "client");
        this.busName = Objects.requireNonNull(busName, "busName");
        this.eventJson = Objects.requireNonNull(eventJson, "eventJson");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    @Override
    public void publish(List<RecordedEvent> events) {
        List<SizedEntry> entries = events.stream().map(this::entryOf).toList();
        for (List<SizedEntry> call : EntryBatches.split(entries, MAX_ENTRIES_PER_CALL, MAX_CALL_BYTES)) {
            deliver(call);
        }
    }

    private void deliver(List<SizedEntry> call) {
        List<SizedEntry> pending = call;
        for (int attempt = 1; ; attempt++) {
            List<Refusal> refusals = put(pending);
            if (refusals.isEmpty()) {
                return;
            }
            if (attempt == retry.maxAttempts()) {
                throw refused(refusals, call.size());
            }
            retry.pauseBefore(attempt + 1);
            pending = refusals.stream().map(Refusal::entry).toList();
        }
    }

    private List<Refusal> put(List<SizedEntry> entries) {
        PutEventsResponse response;
        try {
            response = client.putEvents(request -> request.entries(entries.stream().map(SizedEntry::entry).toList()));
        } catch (AwsServiceException e) {
            throw new ServiceUnavailable("EventBridge refused PutEvents on bus " + busName + ": " + e.getMessage(),
                    e.isThrottlingException());
        } catch (SdkException e) {
            throw new ServiceUnavailable("EventBridge unreachable for bus " + busName, e);
        }
        List<Refusal> refusals = new ArrayList<>();
        List<PutEventsResultEntry> results = response.entries();
        for (int index = 0; index < entries.size(); index++) {
            PutEventsResultEntry result = index < results.size() ? results.get(index) : null;
            if (result == null || result.errorCode() != null) {
                refusals.add(new Refusal(entries.get(index), result == null ? "NoResult" : result.errorCode()));
            }
        }
        return refusals;
    }

    private ServiceUnavailable refused(List<Refusal> refusals, int callSize) {
        boolean throttled = refusals.stream().anyMatch(refusal -> refusal.errorCode().contains("Throttling"));
        return new ServiceUnavailable("EventBridge refused " + refusals.size() + " of " + callSize
                + " entries after " + retry.maxAttempts() + " attempts (first: " + refusals.getFirst().entry().event().id()
                + ", " + refusals.getFirst().errorCode() + "): publish them again", throttled);
    }

    private SizedEntry entryOf(RecordedEvent event) {
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(SOURCE)
                .detailType(EventTypes.nameOf(event.event().getClass()))
                .detail(detailOf(event))
                .resources(List.of())
                .build();
        SizedEntry sized = new SizedEntry(event, entry);
        if (sized.bytes() >= MAX_CALL_BYTES) {
            throw new IllegalArgumentException("event " + event.id() + " (" + event.stream() + " version "
                    + event.version() + ") is " + sized.bytes() + " bytes as an EventBridge entry, over the 256 KB limit");
        }
        return sized;
    }

    private String detailOf(RecordedEvent event) {
        try {
            ObjectNode detail = JSON.createObjectNode()
                    .put("eventId", event.id().value())
                    .put("stream", event.stream().value())
                    .put("version", event.version());
            detail.set("event", JSON.readTree(eventJson.apply(event)));
            return JSON.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.id() + " did not render as JSON", e);
        }
    }

    private record Refusal(SizedEntry entry, String errorCode) {
    }
}
