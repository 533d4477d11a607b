package dev.opsledger.cdk;

import java.time.Duration;

/**
 * The functions the stacks deploy: which handler of {@code bootstrap-lambda} each runs, from which jar,
 * and how much memory and time its job takes. Every handler is a {@code RequestStreamHandler}.
 */
public enum Job {

    /** Answers API Gateway; API Gateway gives up after 29 s, so a longer timeout would only hide a hang. */
    API("api", "dev.opsledger.lambda.ApiHandler", LambdaJars.API_JAR, 1024, Duration.ofSeconds(25)),
    /** Runs a minute's checks per invocation, spaced by the schedule's check interval, and stops in time. */
    HEALTH_CHECK("health-check", "dev.opsledger.lambda.HealthCheckHandler", LambdaJars.WORKER_JAR, 512,
            Duration.ofSeconds(90)),
    /** Applies the primary's change stream to the secondary's table, a batch at a time. */
    REPLICATOR("replicator", "dev.opsledger.lambda.ReplicationHandler", LambdaJars.WORKER_JAR, 1024,
            Duration.ofSeconds(60)),
    /** The scheduled pass behind the stream: reads the feed since its checkpoint and compares digests. */
    RECONCILER("reconciler", "dev.opsledger.lambda.ReplicationHandler", LambdaJars.WORKER_JAR, 1024,
            Duration.ofSeconds(60)),
    /** Folds the region's own change stream into its read models and publishes the events. */
    PROJECTION("projection", "dev.opsledger.lambda.ProjectionHandler", LambdaJars.WORKER_JAR, 512,
            Duration.ofSeconds(60)),
    /** Records each pipeline execution as a deployment of OpsLedger itself. */
    PIPELINE_EVENTS("pipeline-events", "dev.opsledger.lambda.PipelineEventHandler", LambdaJars.WORKER_JAR, 512,
            Duration.ofSeconds(30));

    private final String shortName;
    private final String handlerClass;
    private final String jar;
    private final int memoryMb;
    private final Duration timeout;

    Job(String shortName, String handlerClass, String jar, int memoryMb, Duration timeout) {
        this.shortName = shortName;
        this.handlerClass = handlerClass;
        this.jar = jar;
        this.memoryMb = memoryMb;
        this.timeout = timeout;
    }

    /** The function's name, the same in every region, so one region can name the other's functions. */
    public String functionName() {
        return "opsledger-" + shortName;
    }

    public String handlerClass() {
        return handlerClass;
    }

    /** Lambda's handler string for a {@code RequestStreamHandler}. */
    public String handler() {
        return handlerClass + "::handleRequest";
    }

    public String jar() {
        return jar;
    }

    public int memoryMb() {
        return memoryMb;
    }

    public Duration timeout() {
        return timeout;
    }
}
