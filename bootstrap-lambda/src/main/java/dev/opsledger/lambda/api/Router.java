package dev.opsledger.lambda.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the route of a path and checks the method: an unknown path is a 404, a known path with another
 * method a 405 naming the methods it has. The id segment is percent-decoded when it is encoded.
 */
public final class Router {

    /** A route and, for the record look-ups, the id in its path. */
    public record Match(Route route, String id) {
    }

    private Router() {
    }

    /** The match, when {@code method} is one of its route's; a 404 or 405 problem otherwise. */
    public static Match requireMethod(Optional<Match> found, String method) {
        Match match = found.orElseThrow(() -> new Problem(ProblemType.NOT_FOUND, "no route for this path"));
        if (!match.route().methods().contains(method)) {
            String allow = String.join(", ", match.route().methods());
            throw new Problem(ProblemType.METHOD_NOT_ALLOWED,
                    match.route().template() + " answers " + allow, List.of(),
                    Map.of("allow", match.route().methods()), Map.of("Allow", allow));
        }
        return match;
    }

    public static Optional<Match> match(String path) {
        if (path.equals("/metrics")) {
            return Optional.of(new Match(Route.METRICS, ""));
        }
        if (path.equals("/health")) {
            return Optional.of(new Match(Route.HEALTH, ""));
        }
        String[] segments = path.split("/", -1);
        if (segments.length == 4 && segments[0].isEmpty() && segments[1].equals("metrics") && !segments[3].isEmpty()) {
            Optional<String> id = decoded(segments[3]);
            if (id.isPresent() && segments[2].equals("deployments")) {
                return Optional.of(new Match(Route.DEPLOYMENT, id.get()));
            }
            if (id.isPresent() && segments[2].equals("incidents")) {
                return Optional.of(new Match(Route.INCIDENT, id.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decoded(String segment) {
        if (segment.indexOf('%') < 0) {
            return Optional.of(segment);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int index = 0; index < segment.length(); index++) {
            char next = segment.charAt(index);
            if (next != '%') {
                bytes.writeBytes(String.valueOf(next).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (index + 2 >= segment.length()) {
                return Optional.empty();
            }
            int high = Character.digit(segment.charAt(index + 1), 16);
            int low = Character.digit(segment.charAt(index + 2), 16);
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            index += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
