package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoraReportTest {

    private final ApiFixture api = new ApiFixture();

    @Test
    void reports_production_over_the_last_30_days_by_default() {
        Answer answer = api.call(ProxyEvent.get("/metrics"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("environment").asText()).isEqualTo("production");
        assertThat(answer.body().path("to").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(answer.body().path("from").asText()).isEqualTo("2026-01-30T12:00:00Z");
        assertThat(answer.body().path("leadTimeForChanges").path("value").isNull()).isTrue();
        assertThat(answer.body().path("leadTimeForChanges").path("levels").path("dora2023").isNull()).isTrue();
    }

    @Test
    void gives_each_key_its_value_in_seconds_its_sample_size_and_its_level_in_both_tables() {
        api.post(Bodies.deployment("dep-1", "succeeded"));

        JsonNode report = api.call(ProxyEvent.get("/metrics").query("service", "checkout")
                .query("from", "2026-02-28T00:00:00Z").query("to", "2026-03-02T00:00:00+00:00")).body();

        JsonNode leadTime = report.path("leadTimeForChanges");
        assertThat(leadTime.path("value").asDouble()).isEqualTo(4200);
        assertThat(leadTime.path("sampleSize").asInt()).isEqualTo(1);
        assertThat(leadTime.path("levels").path("dora2023").asText()).isEqualTo("elite");
        assertThat(leadTime.path("levels").path("dora2021").asText()).as("2021: elite is under an hour").isEqualTo("high");
        assertThat(report.path("deploymentFrequency").path("value").asDouble()).isEqualTo(0.5);
        assertThat(report.path("changeFailureRate").path("value").asDouble()).isZero();
        assertThat(report.path("timeToRestore").path("sampleSize").asInt()).isZero();
    }

    @Test
    void names_are_matched_in_their_composed_spelling() {
        api.post(Bodies.deployment("dep-1", "succeeded").replace("\"checkout\"", "\"cafe\\u0301\""));

        JsonNode report = api.call(ProxyEvent.get("/metrics").query("service", "caf\u00e9")).body();

        assertThat(report.path("deploymentFrequency").path("sampleSize").asInt()).isEqualTo(1);
    }

    @Test
    void covers_every_service_of_the_environment_without_a_service() {
        api.post(Bodies.deployment("dep-1", "succeeded"));
        api.post(Bodies.deployment("dep-2", "failed").replace("\"checkout\"", "\"payments\"")
                .replace(Bodies.SHA, Bodies.OTHER_SHA));
        api.post(Bodies.deployment("dep-3", "failed").replace("\"production\"", "\"staging\"")
                .replace(Bodies.SHA, "abcdef0"));

        JsonNode report = api.call(ProxyEvent.get("/metrics")).body();

        assertThat(report.path("service").isNull()).isTrue();
        assertThat(report.path("changeFailureRate").path("sampleSize").asInt()).isEqualTo(2);
        assertThat(report.path("changeFailureRate").path("value").asDouble()).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource({
            "2026-02-28T12:00:00Z, 2026-03-01T12:00:00Z",
            "2025-02-28T12:00:00Z, 2026-03-01T12:00:00Z",
            "2026-03-01T00:00:00Z, 2026-03-02T12:00:00Z",
            "2000-01-01T00:00:00Z, 2000-12-31T00:00:00Z"})
    void accepts_windows_of_1_to_366_days_within_the_span(String from, String to) {
        assertThat(api.call(ProxyEvent.get("/metrics").query("from", from).query("to", to)).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource({
            "2026-03-01T12:00:00Z, 2026-03-01T12:00:00Z, from",
            "2026-03-02T12:00:00Z, 2026-03-01T12:00:00Z, from",
            "2026-03-01T00:00:00Z, 2026-03-01T23:59:59Z, from",
            "2025-02-27T12:00:00Z, 2026-03-01T12:00:00Z, from",
            "1999-12-31T00:00:00Z, 2000-01-05T00:00:00Z, from",
            "2026-02-01T00:00:00Z, 2026-03-03T00:00:00Z, to",
            "2026-02-01T00:00:00, 2026-03-01T00:00:00Z, from",
            "0000-01-01T00:00:00Z, 2026-03-01T00:00:00Z, from",
            "-999999999-01-01T00:00:00Z, 2026-03-01T00:00:00Z, from",
            "2026-02-01T00:00:00Z, +1000000000-12-31T23:59:59Z, to",
            "2026-02-01, 2026-03-01T00:00:00Z, from",
            "1767225600, 2026-03-01T00:00:00Z, from"})
    void refuses_a_window_out_of_bounds_naming_the_parameter(String from, String to, String field) {
        Answer answer = api.call(ProxyEvent.get("/metrics").query("from", from).query("to", to));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("errors").findValuesAsText("field")).contains(field);
    }

    @Test
    void refuses_unknown_and_repeated_parameters_and_bad_names() {
        Answer answer = api.call(ProxyEvent.get("/metrics").query("serviec", "checkout")
                .query("environment", "production", "staging"));
        Answer badName = api.call(ProxyEvent.get("/metrics").query("service", "\u200b"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("serviec", "environment");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.body().path("errors").findValuesAsText("field")).containsExactly("service");
    }
}
