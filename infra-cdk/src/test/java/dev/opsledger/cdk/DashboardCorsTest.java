package dev.opsledger.cdk;

import static dev.opsledger.cdk.Resources.functions;
import static dev.opsledger.cdk.Resources.list;
import static dev.opsledger.cdk.Resources.map;
import static dev.opsledger.cdk.Resources.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

class DashboardCorsTest {

    private static final SynthesizedApp APP = SynthesizedApp.withEveryOption();
    private static final String PREFLIGHT = "OPTIONS";

    @Test
    void every_route_answers_the_preflights_of_the_dashboard_origins_without_a_key() {
        for (Template region : List.of(APP.primary, APP.secondary)) {
            Map<String, Map<String, Object>> preflights = methods(region, PREFLIGHT::equals);

            assertThat(resourcesOf(preflights)).isEqualTo(resourcesOf(methods(region, method -> !method.equals(PREFLIGHT))));
            preflights.values().forEach(preflight -> {
                assertThat(preflight).containsEntry("ApiKeyRequired", false).containsEntry("AuthorizationType", "NONE");
                Map<String, Object> integration = map(preflight.get("Integration"));
                assertThat(integration).containsEntry("Type", "MOCK");
                Map<String, Object> answer = map(list(integration.get("IntegrationResponses")).getFirst());
                assertThat(map(answer.get("ResponseParameters")))
                        .containsEntry(header("Access-Control-Allow-Origin"), "'" + SynthesizedApp.DASHBOARD + "'")
                        .containsEntry(header("Access-Control-Allow-Methods"), "'GET,POST'")
                        .containsEntry(header("Access-Control-Allow-Headers"), "'Content-Type,x-api-key,Idempotency-Key'")
                        .containsEntry(header("Access-Control-Max-Age"), "'7200'")
                        .containsEntry(header("Vary"), "'Origin'");
                // The first origin is the static answer; the template names any other allowed one that asks.
                assertThat(Resources.text(answer.get("ResponseTemplates"))).contains(SynthesizedApp.LOCAL_DASHBOARD);
            });
        }
    }

    @Test
    void api_gateways_own_errors_name_the_callers_origin() {
        for (Template region : List.of(APP.primary, APP.secondary)) {
            Map<String, Object> byType = properties(region, "AWS::ApiGateway::GatewayResponse").values().stream()
                    .collect(Collectors.toMap(response -> (String) response.get("ResponseType"),
                            response -> response.get("ResponseParameters")));

            assertThat(byType).containsOnlyKeys("DEFAULT_4XX", "DEFAULT_5XX");
            byType.values().forEach(parameters -> assertThat(map(parameters))
                    .containsEntry("gatewayresponse.header.Access-Control-Allow-Origin", "method.request.header.Origin")
                    .containsEntry("gatewayresponse.header.Vary", "'Origin'"));
        }
    }

    @Test
    void the_api_function_is_told_the_origins_and_no_other_function_is() {
        for (Template region : List.of(APP.primary, APP.secondary)) {
            functions(region).forEach((name, function) -> {
                Map<String, String> environment = Resources.environment(function);
                if (name.equals(Job.API.functionName())) {
                    assertThat(environment).containsEntry(ApiEnvironment.ALLOWED_ORIGINS,
                            SynthesizedApp.DASHBOARD + "," + SynthesizedApp.LOCAL_DASHBOARD);
                } else {
                    assertThat(environment).as(name).doesNotContainKey(ApiEnvironment.ALLOWED_ORIGINS);
                }
            });
        }
    }

    @Test
    void without_dashboard_origins_the_api_has_no_cors_at_all() {
        Template primary = SynthesizedApp.primaryWithNoOption();

        assertThat(methods(primary, PREFLIGHT::equals)).isEmpty();
        assertThat(methods(primary, method -> !method.equals(PREFLIGHT))).isNotEmpty();
        primary.resourceCountIs("AWS::ApiGateway::GatewayResponse", 0);
        functions(primary).values().forEach(function -> assertThat(Resources.environment(function))
                .doesNotContainKey(ApiEnvironment.ALLOWED_ORIGINS));
    }

    private static Map<String, Map<String, Object>> methods(Template region, Predicate<String> httpMethod) {
        return properties(region, "AWS::ApiGateway::Method").entrySet().stream()
                .filter(method -> httpMethod.test((String) method.getValue().get("HttpMethod")))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Set<String> resourcesOf(Map<String, Map<String, Object>> methods) {
        return methods.values().stream().map(method -> Resources.text(method.get("ResourceId")))
                .collect(Collectors.toSet());
    }

    private static String header(String name) {
        return "method.response.header." + name;
    }
}
