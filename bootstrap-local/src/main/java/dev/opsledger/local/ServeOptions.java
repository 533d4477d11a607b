package dev.opsledger.local;

import dev.opsledger.local.regions.JobIntervals;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code serve}'s flags, checked: where to listen, where the tables live, the API key, if any, how often
 * the health checks run, and whether outages may be injected over HTTP ({@code --chaos}).
 */
record ServeOptions(String host, int port, Optional<EndpointSetting> dynamoDb, Optional<String> apiKey,
        Duration checkInterval, boolean chaos) {

    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_HOST = "127.0.0.1";
    /** Quicker checks than a second would outpace the projection that shows them; slower than 5 minutes misses the RTO. */
    static final Duration MIN_CHECK_INTERVAL = Duration.ofSeconds(1);
    static final Duration MAX_CHECK_INTERVAL = Duration.ofMinutes(5);

    static ServeOptions parse(List<String> args, Map<String, String> env) {
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        Optional<EndpointSetting> dynamoDb = EndpointSetting.fromEnvironment(env);
        Optional<String> apiKey = Optional.empty();
        Duration checkInterval = JobIntervals.DEFAULT_HEALTH_CHECK;
        boolean chaos = false;
        Arguments arguments = new Arguments(args);
        while (arguments.hasNext()) {
            Arguments.Flag flag = arguments.nextFlag();
            switch (flag.name()) {
                case "--host" -> host = nonBlank(flag, arguments.valueOf(flag));
                case "--port" -> port = port(arguments.valueOf(flag));
                case "--dynamodb-endpoint" ->
                        dynamoDb = Optional.of(new EndpointSetting("--dynamodb-endpoint", arguments.valueOf(flag)));
                case "--api-key" -> apiKey = Optional.of(nonBlank(flag, arguments.valueOf(flag)));
                case "--check-interval" -> checkInterval = DurationText.parse(flag.name(), arguments.valueOf(flag),
                        MIN_CHECK_INTERVAL, MAX_CHECK_INTERVAL);
                case "--chaos" -> {
                    arguments.noValue(flag);
                    chaos = true;
                }
                default -> throw new UsageError("serve does not know the flag " + flag.name());
            }
        }
        dynamoDb.ifPresent(EndpointSetting::endpoint);
        return new ServeOptions(host, port, dynamoDb, apiKey, checkInterval, chaos);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new UsageError("--port takes a port number from 0 (any free port) to 65535, not '" + value + "'");
    }

    private static String nonBlank(Arguments.Flag flag, String value) {
        if (value.isBlank()) {
            throw new UsageError(flag.name() + " must not be blank");
        }
        return value;
    }
}
