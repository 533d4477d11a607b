package dev.opsledger.local;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * A DynamoDB server to use instead of AWS: where the setting came from ({@code --dynamodb-endpoint} or
 * {@value #VARIABLE}, named in errors) and what it said.
 */
record EndpointSetting(String source, String value) {

    static final String VARIABLE = "OPSLEDGER_DYNAMODB_ENDPOINT";

    /** The variable's setting, if it is set and not blank; a flag given later overrides it. */
    static Optional<EndpointSetting> fromEnvironment(Map<String, String> env) {
        return Optional.ofNullable(env.get(VARIABLE))
                .filter(value -> !value.isBlank())
                .map(value -> new EndpointSetting(VARIABLE, value));
    }

    URI endpoint() {
        URI endpoint = parsed();
        if (endpoint.getRawUserInfo() != null) {
            throw new UsageError(source + " takes a server's URL without a user name or password (a DynamoDB server"
                    + " takes none there), not '" + redacted(value) + "'");
        }
        if (endpoint.getPort() == 0 || endpoint.getPort() > 65_535) {
            throw new UsageError(source + " names port " + endpoint.getPort() + "; a port is 1 to 65535, in '"
                    + redacted(value) + "'");
        }
        return endpoint;
    }

    private URI parsed() {
        try {
            URI endpoint = new URI(value);
            if (("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))
                    && endpoint.getHost() != null) {
                return endpoint;
            }
        } catch (URISyntaxException malformed) {
            // reported below, with every other value that is not a server's URL
        }
        throw new UsageError(source + " takes the URL of a DynamoDB server such as http://localhost:4567, not '"
                + redacted(value) + "'");
    }

    /** The text with whatever sits between {@code //} and {@code @} hidden: it may be a password. */
    static String redacted(String text) {
        return text.replaceAll("(?<=//)[^/?#]*@", "***@");
    }
}
