package dev.opsledger.domain.requestkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.opsledger.domain.requestkey.RequestKeyClaim.Claimed;
import dev.opsledger.domain.shared.DeciderSpec;
import dev.opsledger.domain.shared.StreamId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestKeyDeciderTest {

    private static final RequestKey KEY = new RequestKey("0b7e4c1a-key");
    private static final StreamId DEPLOYMENT = StreamId.of("deployment", "dep-1");
    private static final StreamId INCIDENT = StreamId.of("incident", "inc-1");
    private static final RequestKeyClaimed CLAIMED_FOR_DEPLOYMENT = new RequestKeyClaimed(KEY, DEPLOYMENT);

    private final DeciderSpec.Given<ClaimRequestKey, RequestKeyClaim, RequestKeyClaimed> spec =
            DeciderSpec.using(RequestKeyDecider.decider());

    @Test
    void spends_an_unclaimed_key_on_the_stream() {
        RequestKeyClaim state = spec.given().when(new ClaimRequestKey(KEY, DEPLOYMENT)).then(CLAIMED_FOR_DEPLOYMENT);

        assertThat(state).isEqualTo(new Claimed(KEY, DEPLOYMENT));
    }

    @Test
    void claiming_again_for_the_same_stream_changes_nothing() {
        spec.given(CLAIMED_FOR_DEPLOYMENT).when(new ClaimRequestKey(KEY, DEPLOYMENT)).then();
    }

    @Test
    void refuses_a_key_spent_on_another_stream() {
        spec.given(CLAIMED_FOR_DEPLOYMENT).when(new ClaimRequestKey(KEY, INCIDENT))
                .thenRejects("request key '0b7e4c1a-key' was already spent on deployment:dep-1,"
                        + " so it cannot record on incident:inc-1");
    }

    @Test
    void the_claim_resubmits_as_the_command_that_produced_it() {
        assertThat(RequestKeyDecider.decide(RequestKeyDecider.commandFor(CLAIMED_FOR_DEPLOYMENT),
                RequestKeyDecider.initialState())).containsExactly(CLAIMED_FOR_DEPLOYMENT);
    }

    @Test
    void a_key_has_its_own_stream() {
        assertThat(KEY.stream()).isEqualTo(new StreamId("request-key:0b7e4c1a-key"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "key\nwith-a-newline"})
    void refuses_a_blank_key_or_one_with_control_characters(String malformed) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RequestKey(malformed))
                .withMessageStartingWith("request key must");
    }

    @Test
    void accepts_255_characters_and_refuses_256() {
        assertThat(new RequestKey("k".repeat(255)).value()).hasSize(255);
        assertThatIllegalArgumentException().isThrownBy(() -> new RequestKey("k".repeat(256)))
                .withMessage("request key must be at most 255 characters, was 256");
    }
}
