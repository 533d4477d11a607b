package dev.opsledger.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

class NagTest {

    private static final SynthesizedApp APP = SynthesizedApp.withEveryOption();

    @Test
    void every_stack_passes_the_aws_solutions_rules_or_states_why_not() {
        List<String> errors = Stream.of(APP.stacks.primary(), APP.stacks.secondary(), APP.stacks.pipeline())
                .flatMap(NagTest::errors).toList();
        assertThat(errors).isEmpty();
    }

    private static Stream<String> errors(Stack stack) {
        return Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*")).stream()
                .map(message -> stack.getStackName() + " " + message.getId() + ": " + message.getEntry().getData());
    }
}
