package dev.opsledger.lambda;

import static dev.opsledger.lambda.runtime.FunctionTestbed.EAST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.aws.wiring.AwsSettings;
import dev.opsledger.lambda.runtime.FunctionTestbed;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint;
import dev.opsledger.lambda.runtime.RuntimeClientProcess;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class InitErrorIT {

    @AutoClose
    private final FunctionTestbed testbed = new FunctionTestbed();
    @AutoClose
    private final RuntimeApiEndpoint runtimeApi = new RuntimeApiEndpoint();

    @Test
    void a_function_without_its_table_reports_an_init_error_naming_the_variable_and_stops() throws Exception {
        RuntimeClientProcess function = testbed.start("dev.opsledger.lambda.ProjectionHandler::handleRequest", EAST,
                Map.of(AwsSettings.TABLE, ""), runtimeApi);

        assertThat(runtimeApi.initError(Duration.ofSeconds(60))).as(function.log())
                .hasValueSatisfying(error -> assertThat(error).contains(AwsSettings.TABLE));
        assertThat(function.awaitExit(30)).isNotZero();
    }
}
