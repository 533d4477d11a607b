package dev.opsledger.aws.eventbridge;

import static dev.opsledger.aws.wire.SdkClients.SDK_ATTEMPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.aws.json.EventCodec;
import dev.opsledger.aws.json.EventTypes;
import dev.opsledger.aws.json.GoldenEvents;
import dev.opsledger.aws.wire.SdkClients;
import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.aws.wire.WireRequest;
import dev.opsledger.aws.wire.WireResponse;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventBridgePublisherTest {

    private static final StreamId STREAM = StreamId.of("incident", "checkout-1");
    private static final String OK = "{\"FailedEntryCount\":0,\"Entries\":[%s]}";

    private final FakeEventBus bus = new FakeEventBus();
    private final WireEndpoint endpoint = WireEndpoint.start().otherwise(bus::answer);
    private final List<Duration> pauses = new ArrayList<>();

    @AfterEach
    void closeEndpoint() {
        endpoint.close();
    }

    @Test
    void sends_put_events_over_json_1_1_with_source_detail_type_and_a_detail_naming_the_event() {
        publisher(IncidentResolvedJson::render).publish(events(2));

        WireRequest request = endpoint.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("X-Amz-Target")).isEqualTo("AWSEvents.PutEvents");
        assertThat(request.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
        JsonNode entry = request.json().get("Entries").get(1);
        assertThat(entry.get("Source").asText()).isEqualTo("opsledger");
        assertThat(entry.get("DetailType").asText()).isEqualTo("IncidentResolved");
        assertThat(entry.get("EventBusName").asText()).isEqualTo("opsledger-events");
        assertThat(entry.path("Resources").size()).isZero();
        assertThat(FakeEventBus.readDetail(entry).toString())
                .isEqualTo("{\"eventId\":\"e2\",\"stream\":\"incident:checkout-1\",\"version\":2,"
                        + "\"event\":{\"incidentId\":\"checkout-1\",\"resolvedAt\":\"2025-03-01T10:15:30Z\"}}");
        assertThat(bus.delivered()).containsExactlyElementsOf(events(2));
    }

    @Test
    void names_each_entry_s_detail_type_as_the_event_types_registry_names_the_event() {
        EventCodec codec = new EventCodec();
        List<DomainEvent> everyType = GoldenEvents.all();
        List<RecordedEvent> events = IntStream.range(0, everyType.size())
                .mapToObj(index -> new RecordedEvent(STREAM, index + 1, new EventId("e" + index), everyType.get(index)))
                .toList();
        for (int sent = 0; sent < events.size(); sent += 10) {
            String accepted = String.join(",", Collections.nCopies(Math.min(10, events.size() - sent), "{\"EventId\":\"x\"}"));
            endpoint.enqueue(WireResponse.json(200, OK.formatted(accepted)));
        }

        publisher(event -> codec.encode(event.event()).json()).publish(events);

        assertThat(endpoint.requests()).flatExtracting(request -> StreamSupport.stream(
                        request.json().get("Entries").spliterator(), false).map(entry -> entry.get("DetailType").asText()).toList())
                .containsExactlyElementsOf(everyType.stream().map(event -> EventTypes.nameOf(event.getClass())).toList());
    }

    @Test
    void refuses_an_event_the_registry_does_not_name_rather_than_invent_a_detail_type() {
        record Unregistered() implements DomainEvent {
        }
        RecordedEvent unregistered = new RecordedEvent(STREAM, 1, new EventId("e1"), new Unregistered());

        assertThatThrownBy(() -> publisher(event -> "{}").publish(List.of(unregistered)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no stable type name");
        assertThat(endpoint.requests()).isEmpty();
    }

    @Test
    void puts_at_most_ten_entries_per_call() {
        publisher(IncidentResolvedJson::render).publish(events(25));

        assertThat(endpoint.requests()).extracting(request -> request.json().get("Entries").size()).containsExactly(10, 10, 5);
    }

    @Test
    void keeps_every_call_under_256_kb_as_eventbridge_sizes_entries() {
        publisher(padded(100_000)).publish(events(5));

        List<WireRequest> calls = endpoint.requests();
        assertThat(calls).extracting(request -> request.json().get("Entries").size()).containsExactly(2, 2, 1);
        assertThat(calls).allSatisfy(call -> assertThat(entryBytes(call)).isLessThan(256 * 1024));
    }

    @Test
    void refuses_an_event_too_large_for_one_entry_naming_it_and_sends_nothing() {
        assertThatThrownBy(() -> publisher(padded(262_144)).publish(events(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("e1").hasMessageContaining("incident:checkout-1").hasMessageContaining("256 KB");
        assertThat(endpoint.requests()).isEmpty();
    }

    @Test
    void sends_again_only_the_entries_refused_in_an_accepted_call_after_a_pause() {
        endpoint.enqueue(
                WireResponse.json(200, """
                        {"FailedEntryCount":2,"Entries":[{"EventId":"a"},
                         {"ErrorCode":"InternalFailure","ErrorMessage":"Internal service failure"},{"EventId":"c"},
                         {"ErrorCode":"ThrottlingException","ErrorMessage":"Rate exceeded"},{"EventId":"e"}]}"""),
                WireResponse.json(200, OK.formatted("{\"EventId\":\"b\"},{\"EventId\":\"d\"}")));

        publisher(IncidentResolvedJson::render).publish(events(5));

        List<WireRequest> calls = endpoint.requests();
        assertThat(calls).hasSize(2);
        assertThat(eventIdsIn(calls.get(1))).containsExactly("e2", "e4");
        assertThat(pauses).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void throws_service_unavailable_naming_an_entry_still_refused_after_the_last_attempt() {
        String throttledFirst = """
                {"FailedEntryCount":1,"Entries":[{"ErrorCode":"ThrottlingException","ErrorMessage":"Rate exceeded"},
                 {"EventId":"b"}]}""";
        String throttledOnly = """
                {"FailedEntryCount":1,"Entries":[{"ErrorCode":"ThrottlingException","ErrorMessage":"Rate exceeded"}]}""";
        endpoint.enqueue(WireResponse.json(200, throttledFirst), WireResponse.json(200, throttledOnly),
                WireResponse.json(200, throttledOnly));

        assertThatThrownBy(() -> publisher(IncidentResolvedJson::render).publish(events(2)))
                .isInstanceOfSatisfying(ServiceUnavailable.class, refused -> assertThat(refused.throttled()).isTrue())
                .hasMessageContaining("e1").hasMessageContaining("3 attempts");
        assertThat(endpoint.requests()).extracting(EventBridgePublisherTest::eventIdsIn)
                .containsExactly(List.of("e1", "e2"), List.of("e1"), List.of("e1"));
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void reports_a_throttled_call_as_throttled_after_the_sdk_retried_it() {
        for (int attempt = 0; attempt < SDK_ATTEMPTS; attempt++) {
            endpoint.enqueue(WireResponse.awsJsonError(400, "ThrottlingException", "Rate exceeded"));
        }

        assertThatThrownBy(() -> publisher(IncidentResolvedJson::render).publish(events(1)))
                .isInstanceOfSatisfying(ServiceUnavailable.class, refused -> assertThat(refused.throttled()).isTrue());
        assertThat(endpoint.requests()).hasSize(SDK_ATTEMPTS);
    }

    @Test
    void reports_server_errors_as_unavailable_after_the_sdk_retried_them() {
        for (int attempt = 0; attempt < SDK_ATTEMPTS; attempt++) {
            endpoint.enqueue(WireResponse.awsJsonError(500, "InternalException", "Internal error"));
        }

        assertThatThrownBy(() -> publisher(IncidentResolvedJson::render).publish(events(1)))
                .isInstanceOfSatisfying(ServiceUnavailable.class, refused -> assertThat(refused.throttled()).isFalse());
        assertThat(endpoint.requests()).hasSize(SDK_ATTEMPTS);
    }

    @Test
    void delivers_when_the_sdk_retry_of_a_server_error_succeeds() {
        endpoint.enqueue(WireResponse.awsJsonError(503, "ServiceUnavailable", "try again"),
                WireResponse.json(200, OK.formatted("{\"EventId\":\"a\"}")));

        publisher(IncidentResolvedJson::render).publish(events(1));

        assertThat(endpoint.requests()).extracting(EventBridgePublisherTest::eventIdsIn)
                .containsExactly(List.of("e1"), List.of("e1"));
    }

    private EventBridgePublisher publisher(Function<RecordedEvent, String> eventJson) {
        return new EventBridgePublisher(SdkClients.eventBridge(endpoint), "opsledger-events", eventJson,
                new EntryRetry(3, Duration.ofMillis(100), pauses::add));
    }

    private static Function<RecordedEvent, String> padded(int characters) {
        String note = ",\"note\":\"" + "x".repeat(characters) + "\"}";
        return event -> IncidentResolvedJson.render(event).replaceFirst("}$", note);
    }

    private static List<RecordedEvent> events(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(version -> new RecordedEvent(STREAM, version, new EventId("e" + version),
                        new IncidentResolved(new IncidentId("checkout-1"), Instant.parse("2025-03-01T10:15:30Z"))))
                .toList();
    }

    private static List<String> eventIdsIn(WireRequest call) {
        return StreamSupport.stream(call.json().get("Entries").spliterator(), false)
                .map(entry -> FakeEventBus.readDetail(entry).get("eventId").asText())
                .toList();
    }

    private static int entryBytes(WireRequest call) {
        int bytes = 0;
        for (JsonNode entry : call.json().get("Entries")) {
            for (String field : List.of("Source", "DetailType", "Detail")) {
                bytes += entry.get(field).asText().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return bytes;
    }
}
