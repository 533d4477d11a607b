package dev.opsledger.lambda.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The checks every JSON body passes before its fields are read: JSON in UTF-8 (415 otherwise), at most
 * {@value #MAX_BYTES} bytes (413), one well-formed value (400). Parse errors are described in our own words,
 * never the parser's, which can name classes.
 */
final class RequestBody {

    static final int MAX_BYTES = 64 * 1024;

    private RequestBody() {
    }

    static JsonNode json(ProxyRequest request) {
        requireJsonMediaType(request.headerValues("Content-Type"));
        byte[] body = request.body();
        if (body.length > MAX_BYTES) {
            throw new Problem(ProblemType.PAYLOAD_TOO_LARGE,
                    "the body has " + body.length + " bytes, at most " + MAX_BYTES + " are accepted");
        }
        if (body.length == 0) {
            throw new Problem(ProblemType.MALFORMED_JSON, "the body is empty");
        }
        try {
            JsonNode parsed = Json.MAPPER.readTree(utf8(body));
            if (parsed == null || parsed.isMissingNode()) {
                throw new Problem(ProblemType.MALFORMED_JSON, "the body holds no JSON value");
            }
            return parsed;
        } catch (StreamConstraintsException beyondLimits) {
            throw new Problem(ProblemType.MALFORMED_JSON, "the body goes beyond what is parsed: at most "
                    + Json.MAX_NESTING + " levels of nesting, and numbers of at most 1000 digits");
        } catch (JsonProcessingException malformed) {
            String where = malformed.getLocation() == null ? ""
                    : " (line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr() + ")";
            throw new Problem(ProblemType.MALFORMED_JSON, "the body is not well-formed JSON in UTF-8" + where);
        } catch (IOException unreadable) {
            throw new Problem(ProblemType.MALFORMED_JSON, "the body is not well-formed JSON in UTF-8");
        }
    }

    /** Decoded here, strictly: the parser would otherwise take UTF-16 and UTF-32 as well, guessing from the bytes. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Problem(ProblemType.MALFORMED_JSON, "the body is not UTF-8");
        }
    }

    private static void requireJsonMediaType(List<String> contentTypes) {
        if (contentTypes.size() != 1) {
            throw new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "send one Content-Type: application/json (UTF-8)");
        }
        String[] parts = contentTypes.getFirst().split(";");
        boolean json = parts[0].trim().toLowerCase(Locale.ROOT).equals("application/json");
        for (int index = 1; json && index < parts.length; index++) {
            String[] parameter = parts[index].trim().split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset")) {
                String charset = parameter.length == 2 ? parameter[1].trim().replace("\"", "") : "";
                json = charset.equalsIgnoreCase("utf-8");
            }
        }
        if (!json) {
            throw new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "the body must be application/json in UTF-8");
        }
    }
}
