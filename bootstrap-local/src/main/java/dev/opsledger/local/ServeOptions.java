package dev.opsledger.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code serve}'s flags, checked: where to listen, where the tables live, and the API key, if any. */
record ServeOptions(String host, int port, Optional<EndpointSetting> dynamoDb, Optional<String> apiKey) {

    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_HOST = "127.0.0.1";

    static ServeOptions parse(List<String> args, Map<String, String> env) {
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        Optional<EndpointSetting> dynamoDb = EndpointSetting.fromEnvironment(env);
        Optional<String> apiKey = Optional.empty();
        Arguments arguments = new Arguments(args);
        while (arguments.hasNext()) {
            Arguments.Flag flag = arguments.nextFlag();
            switch (flag.name()) {
                case "--host" -> host = nonBlank(flag, arguments.valueOf(flag));
                case "--port" -> port = port(arguments.valueOf(flag));
                case "--dynamodb-endpoint" ->
                        dynamoDb = Optional.of(new EndpointSetting("--dynamodb-endpoint", arguments.valueOf(flag)));
                case "--api-key" -> apiKey = Optional.of(nonBlank(flag, arguments.valueOf(flag)));
                default -> throw new UsageError("serve does not know the flag " + flag.name());
            }
        }
        dynamoDb.ifPresent(EndpointSetting::endpoint);
        return new ServeOptions(host, port, dynamoDb, apiKey);
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
