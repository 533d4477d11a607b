package dev.opsledger.aws.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.shared.DomainEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stored events are read for as long as the log lives: each type's JSON is pinned by
 * {@code golden/<TypeName>.json} (the payload, then one newline). A failure here means the stored
 * format changed; change the golden file only for a type that was never released.
 */
class EventCodecGoldenTest {

    private final EventCodec codec = new EventCodec();

    static List<DomainEvent> events() {
        return GoldenEvents.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void writes_each_event_type_byte_for_byte_as_its_golden_file(DomainEvent event) throws IOException {
        EncodedEvent encoded = codec.encode(event);

        assertThat((encoded.json() + "\n").getBytes(StandardCharsets.UTF_8)).isEqualTo(golden(encoded.type()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void reads_each_golden_file_back_to_an_equal_event(DomainEvent event) throws IOException {
        String type = EventTypes.nameOf(event.getClass());
        String json = new String(golden(type), StandardCharsets.UTF_8).strip();

        assertThat(codec.decode(type, json)).isEqualTo(event);
    }

    @Test
    void has_a_golden_sample_of_every_registered_type() {
        assertThat(events()).extracting(event -> EventTypes.nameOf(event.getClass()))
                .containsExactlyInAnyOrderElementsOf(EventTypes.names());
    }

    private static byte[] golden(String type) throws IOException {
        try (InputStream file = EventCodecGoldenTest.class.getResourceAsStream("/golden/" + type + ".json")) {
            assertThat(file).as("golden file golden/%s.json", type).isNotNull();
            return file.readAllBytes();
        }
    }
}
