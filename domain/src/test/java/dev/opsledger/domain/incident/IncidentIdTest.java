package dev.opsledger.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentIdTest {

    @Test
    void accepts_128_characters_and_refuses_129() {
        assertThat(new IncidentId("d".repeat(128)).stream().key()).hasSize(128);
        assertThatIllegalArgumentException().isThrownBy(() -> new IncidentId("d".repeat(129)))
                .withMessage("incident id must be at most 128 characters, was 129");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "inc\n1", "\u0000"})
    void refuses_a_blank_id_or_one_with_control_characters(String malformed) {
        assertThatIllegalArgumentException().isThrownBy(() -> new IncidentId(malformed))
                .withMessageStartingWith("incident id must");
    }
}
