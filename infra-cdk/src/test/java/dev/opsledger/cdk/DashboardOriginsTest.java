package dev.opsledger.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashboardOriginsTest {

    @Test
    void reads_one_origin_or_several_separated_by_commas() {
        assertThat(DashboardOrigins.parse("https://ops.example.com").origins()).containsExactly("https://ops.example.com");
        assertThat(DashboardOrigins.parse(" https://ops.example.com, http://127.0.0.1:8080 ").origins())
                .containsExactly("https://ops.example.com", "http://127.0.0.1:8080");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "", " , ", "ops.example.com", "https://ops.example.com/", "https://ops.example.com/page",
            "https://OPS.example.com", "https://ops.example.com:443", "http://127.0.0.1:80", "ftp://ops.example.com",
            "https://user@ops.example.com", "https://ops.example.com?x=1", "https://ops.example.com,*", "null"})
    void refuses_anything_a_browser_would_not_send_as_its_origin(String contextValue) {
        assertThatThrownBy(() -> DashboardOrigins.parse(contextValue))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DeploymentContext.DASHBOARD_ORIGIN);
    }

    @Test
    void gateway_errors_name_a_single_origin_as_it_is_and_one_of_several_by_the_callers_origin() {
        assertThat(DashboardOrigins.parse("https://ops.example.com").gatewayResponseHeaders())
                .containsEntry("Access-Control-Allow-Origin", "'https://ops.example.com'");
        assertThat(DashboardOrigins.parse("https://ops.example.com,http://127.0.0.1:8080").gatewayResponseHeaders())
                .containsEntry("Access-Control-Allow-Origin", "method.request.header.Origin");
    }
}
