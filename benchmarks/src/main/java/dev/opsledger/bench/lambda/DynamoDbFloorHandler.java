package dev.opsledger.bench.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.opsledger.aws.wiring.AwsRegionAdapters;
import dev.opsledger.aws.wiring.AwsSettings;
import dev.opsledger.application.port.WriteLeases;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The floor under any API on DynamoDB: the API's own DynamoDB client, built as its wiring builds it, and the
 * first call of a write (the write lease's strongly consistent {@code GetItem}), with no JSON library, no
 * routing and no rule. Run from the API's task root, so that it loads from the same jar.
 */
public final class DynamoDbFloorHandler implements RequestStreamHandler {

    private final WriteLeases leases = new AwsRegionAdapters(AwsSettings.fromEnvironment(System.getenv())).writeLeases();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        String body = leases.current().map(lease -> lease.holder().region().name()).orElse("none");
        output.write(("{\"statusCode\":200,\"body\":\"" + body + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
