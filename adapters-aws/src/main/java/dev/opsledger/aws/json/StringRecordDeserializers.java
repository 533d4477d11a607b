package dev.opsledger.aws.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/** Reads a record that wraps one string from that bare string, through its canonical constructor. */
final class StringRecordDeserializers extends Deserializers.Base {

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
            BeanDescription description) throws JsonMappingException {
        Class<?> raw = type.getRawClass();
        if (StringRecords.soleStringComponent(raw).isEmpty()) {
            return null;
        }
        try {
            return new StringRecordDeserializer(raw, raw.getDeclaredConstructor(String.class));
        } catch (NoSuchMethodException impossible) {
            throw new IllegalStateException("record " + raw.getName() + " has no canonical constructor", impossible);
        }
    }

    private static final class StringRecordDeserializer extends StdScalarDeserializer<Object> {

        private final Constructor<?> constructor;

        StringRecordDeserializer(Class<?> type, Constructor<?> constructor) {
            super(type);
            this.constructor = constructor;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            try {
                return constructor.newInstance(text);
            } catch (InvocationTargetException refused) {
                throw context.weirdStringException(text, handledType(), refused.getCause().getMessage());
            } catch (ReflectiveOperationException unusable) {
                throw JsonMappingException.from(parser, "cannot construct " + handledType().getName(), unusable);
            }
        }
    }
}
