package dev.opsledger.lambda.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one ObjectMapper of the API, for the proxy event and the request body alike, used on trees only (no
 * POJO binding, so no reflection on the request path). Its limits turn hostile input into a parse error:
 * nesting beyond {@value #MAX_NESTING} levels never reaches a deep recursion, a duplicate key is an error
 * rather than a silent overwrite, and anything after the first value is refused.
 */
public final class Json {

    static final int MAX_NESTING = 64;

    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private Json() {
    }
}
