package dev.opsledger.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameTest {

    @Test
    void keeps_a_plain_name_as_it_is() {
        assertThat(Name.normalized("checkout", "service")).isEqualTo("checkout");
    }

    @Test
    void spells_a_decomposed_accent_as_the_composed_one() {
        String decomposed = "cafe\u0301";
        String composed = "caf\u00e9";

        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(Name.normalized(decomposed, "service")).isEqualTo(composed);
        assertThat(Name.normalized(composed, "service")).isEqualTo(composed);
    }

    @Test
    void refuses_an_empty_name() {
        assertThatThrownBy(() -> Name.normalized("", "service"))
                .isInstanceOf(InvalidName.class)
                .hasMessage("service must not be empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\u00a0", "\u200b", "\u2028", "\u2029", "\u3000", "\u200b\u00a0\u2060", "\ufeff",
            "\ufe0f", "\u0301\u0301", "\u3164", "\u2800", "\u115f\u1160"})
    void refuses_a_name_with_nothing_visible_in_it(String invisible) {
        assertThatThrownBy(() -> Name.normalized(invisible, "environment"))
                .isInstanceOfSatisfying(InvalidName.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("environment");
                    assertThat(invalid.rule()).isEqualTo("must have at least one visible character");
                })
                .hasMessage("environment must have at least one visible character");
    }

    @Test
    void refuses_a_name_of_unassigned_code_points_only() {
        assertThatThrownBy(() -> Name.normalized("\u0378", "service"))
                .hasMessage("service must have at least one visible character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pay\nments", "\t", "\u0000checkout", "checkout\u007f", "check\u0085out"})
    void refuses_control_characters_anywhere(String withControl) {
        assertThatThrownBy(() -> Name.normalized(withControl, "service"))
                .isInstanceOf(InvalidName.class)
                .hasMessage("service must not contain control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\ud800", "\udc00b", "x\udc00\ud800y"})
    void refuses_an_unpaired_surrogate(String malformed) {
        assertThatThrownBy(() -> Name.normalized(malformed, "service"))
                .isInstanceOf(InvalidName.class)
                .hasMessage("service must be well-formed Unicode (it has an unpaired surrogate)");
    }

    @Test
    void accepts_128_characters_and_refuses_129() {
        assertThat(Name.normalized("s".repeat(128), "service")).hasSize(128);
        assertThatThrownBy(() -> Name.normalized("s".repeat(129), "service"))
                .isInstanceOf(InvalidName.class)
                .hasMessage("service must be at most 128 characters, was 129");
    }

    @Test
    void counts_characters_after_composing_them() {
        String decomposed = "e\u0301".repeat(128);

        assertThat(decomposed).hasSize(256);
        assertThat(Name.normalized(decomposed, "service")).isEqualTo("\u00e9".repeat(128));
    }

    @Test
    void counts_an_emoji_as_one_character_though_java_needs_two_chars_for_it() {
        String rockets = "\ud83d\ude80".repeat(128);

        assertThat(Name.normalized(rockets, "service")).isEqualTo(rockets);
        assertThatThrownBy(() -> Name.normalized(rockets + "\ud83d\ude80", "service"))
                .hasMessage("service must be at most 128 characters, was 129");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud83d\ude80", "\ud83d\udc69\u200d\ud83d\udcbb", "checkout \ud83d\ude80", "\u6c7a\u6e08",
            "payments-eu", "\u00a0checkout\u00a0",
            "\u0915\u093f", "\u2764\ufe0f"})
    void accepts_emoji_joined_sequences_and_any_script(String name) {
        assertThat(Name.normalized(name, "service")).isEqualTo(name);
    }

    @Test
    void a_missing_name_is_a_callers_bug() {
        assertThatNullPointerException().isThrownBy(() -> Name.normalized(null, "service")).withMessage("service");
    }
}
