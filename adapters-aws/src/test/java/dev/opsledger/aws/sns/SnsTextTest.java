package dev.opsledger.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnsTextTest {

    @Test
    void keeps_a_subject_sns_accepts_as_it_is() {
        assertThat(SnsText.subject("API down in us-east-1 (3 checks failed)")).isEqualTo("API down in us-east-1 (3 checks failed)");
    }

    @Test
    void gives_a_blank_subject_a_default_since_sns_refuses_an_empty_one() {
        assertThat(SnsText.subject(" \n\t ")).isEqualTo("OpsLedger alert");
    }

    @Test
    void cuts_a_message_over_256_kb_on_a_character_boundary() {
        String message = "é".repeat(200_000);

        String fitted = SnsText.message(message);

        assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(256 * 1024);
        assertThat(fitted).endsWith("...").doesNotContain("\uFFFD");
        assertThat(fitted.substring(0, fitted.length() - 3)).matches("é+");
    }
}
