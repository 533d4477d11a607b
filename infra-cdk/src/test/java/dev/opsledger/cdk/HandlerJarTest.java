package dev.opsledger.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;

/**
 * Every handler string the templates deploy names a public class of the jar that function is deployed
 * from, with Lambda's stream-handler method, as Lambda will look it up.
 */
class HandlerJarTest {

    private static final SynthesizedApp APP = SynthesizedApp.withEveryOption();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_handler_is_a_public_request_stream_handler_in_its_jar() throws Exception {
        int checked = 0;
        for (Stack stack : new Stack[] {APP.stacks.primary(), APP.stacks.secondary(), APP.stacks.pipeline()}) {
            JsonNode assets = JSON.readTree(assemblyFile(stack.getArtifactId() + ".assets.json").toFile()).path("files");
            for (Map<String, Object> function : Resources.functions(software.amazon.awscdk.assertions.Template
                    .fromStack(stack)).values()) {
                String key = (String) Resources.map(function.get("Code")).get("S3Key");
                Path jar = assemblyFile(assets.path(key.substring(0, key.indexOf('.'))).path("source").path("path").asText());
                assertHandler(jar, (String) function.get("Handler"));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(Job.values().length + 3);
    }

    @Test
    void the_health_checks_variables_are_the_ones_the_handler_reads() throws Exception {
        try (URLClassLoader jar = loader(new LambdaJars(Path.of(System.getProperty("opsledger.lambda.jars",
                "../bootstrap-lambda/target"))).jarOf(Job.HEALTH_CHECK))) {
            Class<?> settings = Class.forName("dev.opsledger.lambda.wiring.HealthCheckSettings", false, jar);
            assertThat(settings.getField("INTERVAL").get(null)).isEqualTo(HealthCheckEnvironment.INTERVAL);
            assertThat(settings.getField("FAILURE_THRESHOLD").get(null)).isEqualTo(HealthCheckEnvironment.FAILURE_THRESHOLD);
        }
    }

    @Test
    void the_apis_origins_variable_is_the_one_its_handler_reads() throws Exception {
        try (URLClassLoader jar = loader(new LambdaJars(Path.of(System.getProperty("opsledger.lambda.jars",
                "../bootstrap-lambda/target"))).jarOf(Job.API))) {
            Class<?> origins = Class.forName("dev.opsledger.lambda.api.AllowedOrigins", false, jar);
            assertThat(origins.getField("VARIABLE").get(null)).isEqualTo(ApiEnvironment.ALLOWED_ORIGINS);
        }
    }

    private static void assertHandler(Path jar, String handler) throws IOException {
        assertThat(jar).as("the asset of %s", handler).isRegularFile();
        String className = handler.substring(0, handler.indexOf("::"));
        String methodName = handler.substring(handler.indexOf("::") + 2);
        try (URLClassLoader loader = loader(jar)) {
            Class<?> type;
            try {
                type = Class.forName(className, false, loader);
            } catch (ClassNotFoundException missing) {
                throw new AssertionError(jar.getFileName() + " (" + jar + ") has no class " + className
                        + ", which a template names as the handler " + handler, missing);
            }
            assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", className).isTrue();
            Class<?> context = Class.forName("com.amazonaws.services.lambda.runtime.Context", false, loader);
            Class<?> streamHandler = Class.forName("com.amazonaws.services.lambda.runtime.RequestStreamHandler", false,
                    loader);
            assertThat(streamHandler.isAssignableFrom(type)).as("%s is a RequestStreamHandler", className).isTrue();
            Method method = type.getMethod(methodName, InputStream.class, OutputStream.class, context);
            assertThat(Modifier.isPublic(method.getModifiers())).isTrue();
            type.getConstructor();
        } catch (ReflectiveOperationException missing) {
            throw new AssertionError(handler + " cannot be called as Lambda calls it: " + missing, missing);
        }
    }

    private static URLClassLoader loader(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    private static Path assemblyFile(String name) {
        Path file = Path.of(APP.assembly.getDirectory()).resolve(name);
        assertThat(Files.exists(file)).as("%s in the cloud assembly", name).isTrue();
        return file;
    }
}
