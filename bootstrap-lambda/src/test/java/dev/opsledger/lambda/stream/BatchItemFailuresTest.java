package dev.opsledger.lambda.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchItemFailuresTest {

    private final List<String> applied = new ArrayList<>();
    private final List<String> logged = new ArrayList<>();

    @Test
    void a_batch_that_goes_through_answers_no_failures() {
        assertThat(BatchItemFailures.process(records("1", "2"), record -> applied.add(record.sequenceNumber()),
                logged::add)).hasToString("{\"batchItemFailures\":[]}");
        assertThat(applied).containsExactly("1", "2");
    }

    @Test
    void the_first_failure_stops_the_batch_and_comes_back_with_every_record_after_it() {
        String answer = BatchItemFailures.process(records("1", "2", "3"), record -> {
            if (record.sequenceNumber().equals("2")) {
                throw new IllegalStateException("table throttled");
            }
            applied.add(record.sequenceNumber());
        }, logged::add).toString();

        assertThat(answer).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"2\"},{\"itemIdentifier\":\"3\"}]}");
        assertThat(applied).containsExactly("1");
        assertThat(logged).singleElement().asString().contains("stream record 2 failed").contains("table throttled");
    }

    private static List<StreamRecord> records(String... sequenceNumbers) {
        return List.of(sequenceNumbers).stream().map(number -> new StreamRecord(number, Optional.empty())).toList();
    }
}
