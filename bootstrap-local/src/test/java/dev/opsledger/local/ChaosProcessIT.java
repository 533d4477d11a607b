package dev.opsledger.local;

import static dev.opsledger.local.LocalApiClient.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;

/**
 * {@code serve --chaos} with quick health checks: an outage asked for on the page, watched in a real browser
 * as the standby takes over and the primary takes back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChaosProcessIT {

    /** Three failed checks 2 s apart fail over; six passing ones fail back. */
    private static final String CHECK_INTERVAL = "2s";
    private static final Duration SWITCHES_WITHIN = Duration.ofSeconds(45);
    private static final Duration APPEARS_WITHIN = Duration.ofSeconds(15);

    private ServeProcess serve;
    private LocalApiClient api;
    private HeadlessChromium browser;

    @BeforeAll
    void start() throws Exception {
        serve = ServeProcess.start("--port", "0", "--chaos", "--check-interval", CHECK_INTERVAL);
        api = LocalApiClient.of(serve.awaitUrl());
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stop() throws Exception {
        try (ServeProcess stopping = serve; HeadlessChromium closing = browser) {
            assertThat(serve.err()).doesNotContain("Exception");
        }
    }

    @Test
    void bad_values_are_a_400_problem_naming_the_parameter_and_take_no_region_dark() throws Exception {
        assertInvalid("?region=mars-1&for=30s", "region");
        assertInvalid("?region=eu-west-1&for=30s", "region");
        assertInvalid("?region=us-east-1&for=0", "for");
        assertInvalid("?region=us-east-1&for=11m", "for");
        assertInvalid("?region=us-east-1&for=soon", "for");
        assertInvalid("?region=us-east-1", "for");
        assertInvalid("?region=us-east-1&for=30s&force=yes", "force");
        HttpResponse<String> put = api.send("PUT", "/local/outage?region=us-east-1&for=30s", "{}");
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");

        JsonNode outages = LocalApiClient.JSON.readTree(api.send("GET", "/local/outage", null).body());
        assertThat(outages.get("dark")).isEmpty();
        assertThat(api.send("GET", "/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void an_outage_asked_for_on_the_page_fails_over_to_the_standby_and_back() throws Exception {
        Instant began = Instant.now();
        api.record(deployment("before-outage", "checkout", began.minus(1, ChronoUnit.HOURS), "succeeded"));
        browser.open(api.url());
        browser.await(SWITCHES_WITHIN, page -> browser.text("#active-region-name").equals("us-east-1"));
        assertThat(browser.find("#chaos").isDisplayed()).isTrue();
        browser.consoleSinceLastAsked();

        browser.tabTo("outage-for").sendKeys(Keys.chord(Keys.CONTROL, "a"), "6s");
        browser.tabTo("outage-start").sendKeys(Keys.ENTER);
        browser.await(Duration.ofSeconds(5), page -> browser.text("#outage-status")
                .startsWith("us-east-1 is dark until"));
        browser.await(SWITCHES_WITHIN, page -> browser.text("#active-region-name").equals("us-west-2"));
        browser.await(APPEARS_WITHIN, page -> kindsRegionsAndEpochs(failoverRows())
                .equals(List.of("Failover | us-east-1 → us-west-2 | 1")));
        browser.screenshot("chaos-failed-over");
        assertThat(serve.err()).contains("opsledger: failed over, us-west-2 is active");

        // Now the primary's own health summary answers: it must know the switches the standby recorded.
        browser.await(SWITCHES_WITHIN, page -> browser.text("#active-region-name").equals("us-east-1")
                && browser.text("#fencing-epoch").equals("2"));
        browser.await(APPEARS_WITHIN, page -> kindsRegionsAndEpochs(failoverRows()).equals(
                List.of("Failback | us-west-2 → us-east-1 | 2", "Failover | us-east-1 → us-west-2 | 1")));
        assertThat(failoverRows().getFirst())
                .as("started, kind, regions, epoch, duration, reapplied and quarantined, in words and numbers")
                .matches("\\S+Z \\| Failback \\| us-west-2 → us-east-1 \\| 2 \\| \\d+\\.\\d s \\| \\d+ \\| \\d+");
        browser.screenshot("chaos-failed-back");
        browser.await(SWITCHES_WITHIN, page -> browser.text("#outage-status").equals("No region is dark."));
        assertThat(serve.err()).contains("opsledger: failed back, us-east-1 is active");
        assertThat(Duration.between(began, Instant.now())).as("the whole demonstration").isLessThan(Duration.ofMinutes(2));
        List<String> errors = browser.consoleSinceLastAsked().stream().filter(HeadlessChromium::isError).toList();
        assertThat(errors).as("only the API's own 503s while the region is dark or fenced")
                .allSatisfy(line -> assertThat(line).contains("the server responded with a status of 503"));
    }

    /** The rows of the failovers table, cells joined by " | ", read in one go: the page redraws every few seconds. */
    @SuppressWarnings("unchecked")
    private List<String> failoverRows() {
        return (List<String>) browser.script("""
                return [...document.querySelectorAll('#failovers-table tbody tr')].map(row =>
                  [...row.children].map(cell => cell.textContent).join(' | '))""");
    }

    private static List<String> kindsRegionsAndEpochs(List<String> rows) {
        return rows.stream().map(row -> String.join(" | ", List.of(row.split(" \\| ")).subList(1, 4))).toList();
    }

    private void assertInvalid(String query, String field) throws Exception {
        HttpResponse<String> answer = api.send("POST", "/local/outage" + query, null);
        assertThat(answer.statusCode()).as(query).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = LocalApiClient.JSON.readTree(answer.body());
        assertThat(problem.get("type").asText()).isEqualTo("https://opsledger.dev/problems/invalid-request");
        assertThat(problem.get("errors").findValuesAsText("field")).as(query).containsExactly(field);
    }
}
