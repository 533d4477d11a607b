package dev.opsledger.local;

import static dev.opsledger.local.LocalApiClient.deployment;
import static dev.opsledger.local.LocalApiClient.incidentOpened;
import static dev.opsledger.local.LocalApiClient.incidentResolved;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;

/**
 * The dashboard in a real browser: {@code serve} as a process, the page in headless Chromium, facts posted
 * through the API. One server and one browser for the class; each test reads services of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardProcessIT {

    private static final Duration APPEARS_WITHIN = Duration.ofSeconds(20);
    private static final List<String> KEYS =
            List.of("deploymentFrequency", "leadTimeForChanges", "changeFailureRate", "timeToRestore");
    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([0-9.]+))?\\)");

    private ServeProcess serve;
    private LocalApiClient api;
    private HeadlessChromium browser;

    @BeforeAll
    void start() throws Exception {
        serve = ServeProcess.start("--port", "0");
        api = LocalApiClient.of(serve.awaitUrl());
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stop() throws Exception {
        try (ServeProcess stopping = serve; HeadlessChromium closing = browser) {
            assertThat(serve.err()).doesNotContain("Exception");
        }
    }

    @BeforeEach
    void freshPage() {
        browser.open(api.url());
        browser.script("localStorage.clear()");
        browser.open(api.url());
        browser.consoleSinceLastAsked();
    }

    @AfterEach
    void noConsoleErrorsButThoseATestExpects() {
        assertThat(browser.consoleSinceLastAsked()).filteredOn(HeadlessChromium::isError)
                .filteredOn(line -> !line.contains("ERR_CONNECTION_REFUSED"))
                .as("the page's console").isEmpty();
    }

    @Test
    void shows_each_services_four_keys_with_levels_in_words_and_the_numbers_get_metrics_answers() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        api.record(deployment("chk-1", "checkout", now.minus(3, ChronoUnit.DAYS), "succeeded"));
        api.record(deployment("chk-2", "checkout", now.minus(2, ChronoUnit.DAYS), "failed"));
        api.record(deployment("chk-3", "checkout", now.minus(1, ChronoUnit.DAYS), "succeeded"));
        api.record(incidentOpened("inc-chk-1", "checkout", now.minus(20, ChronoUnit.HOURS)));
        api.record(incidentResolved("inc-chk-1", now.minus(20, ChronoUnit.HOURS).plus(90, ChronoUnit.MINUTES)));
        api.record(deployment("pay-1", "payments", now.minus(5, ChronoUnit.DAYS), "succeeded"));

        browser.tabTo("services").sendKeys("checkout, payments", Keys.ENTER);
        browser.await(APPEARS_WITHIN, page -> browser.findAll("tr[data-service='payments'] .figure").size() == 4
                && browser.findAll("tr[data-service='checkout'] svg.trend").size() == 4);
        browser.screenshot("dashboard-figures");

        // One read of the whole table: the page redraws every few seconds, which would leave element handles stale.
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) browser.script("""
                const table = document.getElementById('dora-table');
                const figures = {};
                table.querySelectorAll('.figure').forEach(figure => figures[figure.dataset.service + '/' + figure.dataset.key]
                  = [figure.querySelector('.value').dataset.raw, figure.querySelector('.sample').dataset.raw,
                     figure.querySelector('.level').textContent, figure.querySelector('.value').textContent]);
                return {from: table.dataset.from, to: table.dataset.to, figures};""");
        String from = (String) shown.get("from");
        String to = (String) shown.get("to");
        @SuppressWarnings("unchecked")
        Map<String, List<String>> figures = (Map<String, List<String>>) shown.get("figures");
        for (String service : new String[] {"All services", "checkout", "payments"}) {
            JsonNode report = api.metrics(service.equals("All services") ? null : service, "production", from, to);
            for (String key : KEYS) {
                List<String> figure = figures.get(service + "/" + key);
                JsonNode expected = report.get(key);
                assertThat(figure.get(0).equals("null") ? null : Double.valueOf(figure.get(0))).as("%s %s", service, key)
                        .isEqualTo(expected.get("value").isNull() ? null : expected.get("value").asDouble());
                assertThat(figure.get(1)).as("%s %s sample size", service, key).isEqualTo(expected.get("sampleSize").asText());
                JsonNode level = expected.get("levels").get("dora2023");
                assertThat(figure.get(2)).as("%s %s level, in words", service, key)
                        .isEqualTo(level.isNull() ? "No level" : capitalised(level.asText()));
            }
        }
        JsonNode checkout = api.metrics("checkout", "production", from, to);
        assertThat(figures.get("checkout/changeFailureRate").get(3)).isEqualTo(String.format(Locale.ROOT, "%.1f %%",
                checkout.get("changeFailureRate").get("value").asDouble() * 100));
        assertThat(figures.get("checkout/deploymentFrequency").get(3)).isEqualTo(String.format(Locale.ROOT,
                "%.2f per day", checkout.get("deploymentFrequency").get("value").asDouble()));
        assertThat(figures.get("checkout/timeToRestore").get(3)).isEqualTo("1 h 30 min");
        assertThat(checkout.get("deploymentFrequency").get("sampleSize").asInt()).isEqualTo(2);
        assertThat(browser.script("return JSON.parse(localStorage.getItem('opsledger.dashboard')).services"))
                .as("the settings stay in the browser").isEqualTo("checkout, payments");
    }

    @Test
    void shows_each_region_and_component_the_api_reports_with_the_age_of_its_last_check_and_the_active_region()
            throws Exception {
        api.record(deployment("rep-1", "replicated", Instant.now().minus(1, ChronoUnit.HOURS), "succeeded"));
        JsonNode health = LocalApiClient.JSON.readTree(api.send("GET", "/health", null).body());
        browser.find("#refresh-now").click();
        browser.await(APPEARS_WITHIN, page -> browser.findAll("#components-table tbody tr").size()
                == health.get("components").size());

        assertThat(browser.text("#active-region-name")).isEqualTo("us-east-1");
        assertThat(browser.text("#fencing-epoch")).isEqualTo("0");
        List<String> expected = new ArrayList<>();
        health.get("components").forEach(component -> expected.add(component.get("region").asText() + " "
                + component.get("component").asText() + " " + capitalised(component.get("status").asText())));
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.script("""
                return [...document.querySelectorAll('#components-table tbody tr')].map(row =>
                  row.dataset.region + ' ' + row.dataset.component + ' ' + row.querySelector('.badge').textContent
                  + ' | ' + row.lastElementChild.textContent)""");
        assertThat(shown).hasSize(expected.size()).allSatisfy(row -> assertThat(row).matches(".* \\| \\d+ s ago, passed"));
        assertThat(shown.stream().map(row -> row.substring(0, row.indexOf(" | ")))).containsExactlyElementsOf(expected);
        if (health.get("routes").isEmpty()) {
            assertThat(browser.text("#routes")).isEqualTo("No replication observed yet.");
        }
        health.get("routes").forEach(route -> assertThat(browser.text("#routes-table"))
                .contains(route.get("source").asText() + " → " + route.get("target").asText()));
        browser.screenshot("dashboard-health");
    }

    @Test
    void every_figure_and_chart_has_a_text_label_every_control_is_reached_by_keyboard_and_badges_are_readable()
            throws Exception {
        api.record(deployment("a11y-1", "labelled", Instant.now().minus(2, ChronoUnit.DAYS), "succeeded"));
        browser.tabTo("services").sendKeys("labelled", Keys.ENTER);
        browser.await(APPEARS_WITHIN, page -> browser.findAll("tr[data-service='labelled'] svg.trend").size() == 4
                && !browser.findAll("#components-table .badge").isEmpty());

        @SuppressWarnings("unchecked")
        List<List<String>> figures = (List<List<String>>) browser.script("""
                return [...document.querySelectorAll('.figure')].map(figure => [figure.getAttribute('aria-label'),
                  figure.querySelector('.value').textContent, figure.querySelector('svg.trend').getAttribute('aria-label')])""");
        assertThat(figures).hasSize(8).allSatisfy(figure -> {
            assertThat(figure.get(0)).matches("(Deployment frequency|Lead time for changes|"
                    + "Change failure rate|Time to restore), (All services|labelled)");
            assertThat(figure.get(1)).isNotBlank();
            assertThat(figure.get(2)).startsWith("Weekly trend of ");
        });
        assertThat(browser.findAll("input, select")).allSatisfy(control -> assertThat(
                browser.findAll("label[for='" + control.getAttribute("id") + "']")).as("label of #%s",
                control.getAttribute("id")).hasSize(1));
        for (String control : List.of("refresh-now", "environment", "services", "window-days", "api-base", "api-key",
                "settings-save")) {
            browser.tabTo(control);
        }

        // Read in one go: the page redraws every few seconds, which would leave element handles stale.
        @SuppressWarnings("unchecked")
        List<List<String>> badges = (List<List<String>>) browser.script("""
                return [...document.querySelectorAll('.badge')].map(badge => [badge.textContent,
                  getComputedStyle(badge).color, getComputedStyle(badge).backgroundColor])""");
        assertThat(badges).extracting(List::getFirst).as("every level and status in words")
                .contains("Medium", "Elite", "No level", "Healthy").allSatisfy(words -> assertThat(words).isNotBlank());
        assertThat(badges).allSatisfy(badge -> assertThat(contrast(badge.get(1), badge.get(2)))
                .as("contrast of '%s' (%s on %s)", badge.get(0), badge.get(1), badge.get(2))
                .isGreaterThanOrEqualTo(4.5));
        browser.screenshot("dashboard-accessibility");
    }

    @Test
    void says_plainly_when_the_api_is_unreachable_and_keeps_the_key_in_the_browser() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        browser.tabTo("api-base").sendKeys("http://127.0.0.1:" + closedPort);
        browser.tabTo("api-key").sendKeys("kept-here", Keys.ENTER);

        browser.await(APPEARS_WITHIN, page -> browser.text("#status").contains("is unreachable"));
        assertThat(browser.text("#status")).startsWith("The API at http://127.0.0.1:" + closedPort + " is unreachable");
        assertThat(browser.find("#status").getAttribute("class")).contains("error");
        assertThat(browser.script("return JSON.parse(localStorage.getItem('opsledger.dashboard')).apiKey"))
                .isEqualTo("kept-here");
        browser.screenshot("dashboard-unreachable");
    }

    @Test
    void without_chaos_there_is_no_outage_route_and_no_outage_button() throws Exception {
        HttpResponse<String> outage = api.send("POST", "/local/outage?region=us-east-1&for=30s", null);

        assertThat(outage.statusCode()).isEqualTo(404);
        assertThat(outage.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(browser.find("#chaos").isDisplayed()).isFalse();
    }

    private static String capitalised(String level) {
        return Character.toUpperCase(level.charAt(0)) + level.substring(1);
    }

    /** WCAG 2's contrast ratio of two opaque colours as the browser computed them. */
    static double contrast(String foreground, String background) {
        double lighter = luminance(foreground);
        double darker = luminance(background);
        if (darker > lighter) {
            double swap = lighter;
            lighter = darker;
            darker = swap;
        }
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(String cssColour) {
        Matcher rgb = RGB.matcher(cssColour);
        assertThat(rgb.matches()).as("a computed colour: %s", cssColour).isTrue();
        assertThat(rgb.group(4) == null || Double.parseDouble(rgb.group(4)) == 1.0).as("opaque: %s", cssColour).isTrue();
        double[] channels = new double[3];
        for (int channel = 0; channel < 3; channel++) {
            double value = Integer.parseInt(rgb.group(channel + 1)) / 255.0;
            channels[channel] = value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
