package dev.opsledger.cdk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where {@code bootstrap-lambda}'s deployment jars are: {@value #API_JAR} holds the API handler alone (a
 * small jar restores fastest), {@value #WORKER_JAR} the scheduled and stream handlers.
 */
public record LambdaJars(Path directory) {

    public static final String API_JAR = "opsledger-api.jar";
    public static final String WORKER_JAR = "opsledger-lambda.jar";

    public LambdaJars {
        Objects.requireNonNull(directory, "directory");
    }

    /** The jar {@code job} is deployed from. */
    public Path jarOf(Job job) {
        Path jar = directory.resolve(job.jar());
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        throw new IllegalStateException("the deployment jar " + jar.toAbsolutePath().normalize() + " of "
                + job.functionName() + " is missing: build it first (mvn -B package -pl bootstrap-lambda -am"
                + " -DskipTests, or ./opsledger synth, which builds it)");
    }
}
