package dev.opsledger.aws.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.Function;

/** A value written as a string and read back by a parse function (ISO-8601 instants and durations). */
final class ParsedFromString<T> extends StdScalarDeserializer<T> {

    private final Class<T> type;
    private final Function<String, T> parse;

    ParsedFromString(Class<T> type, Function<String, T> parse) {
        super(type);
        this.type = type;
        this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return type.cast(context.handleUnexpectedToken(type, parser));
        }
        String text = parser.getText();
        try {
            return parse.apply(text);
        } catch (RuntimeException unparsable) {
            throw context.weirdStringException(text, type, unparsable.getMessage());
        }
    }
}
