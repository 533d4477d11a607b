package dev.opsledger.aws.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import dev.opsledger.domain.shared.DomainEvent;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Collection;

/**
 * Finds the serializers that depend on the declared type: a record wrapping one string, and a list
 * declared as {@code List<DomainEvent>}, whose elements need their type name to be read back.
 */
final class DomainSerializers extends Serializers.Base {

    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription description) {
        return StringRecords.soleStringComponent(type.getRawClass())
                .map(component -> new StringRecordSerializer(component.getAccessor()))
                .orElse(null);
    }

    @Override
    public JsonSerializer<?> findCollectionSerializer(SerializationConfig config, CollectionType type,
            BeanDescription description, TypeSerializer elementTypeSerializer, JsonSerializer<Object> elementSerializer) {
        return type.getContentType().hasRawClass(DomainEvent.class) ? new NestedEventsSerializer() : null;
    }

    private static final class StringRecordSerializer extends StdSerializer<Object> {

        private final Method accessor;

        StringRecordSerializer(Method accessor) {
            super(Object.class);
            this.accessor = accessor;
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            try {
                generator.writeString((String) accessor.invoke(value));
            } catch (ReflectiveOperationException unreadable) {
                throw JsonMappingException.from(generator, "cannot read " + accessor, unreadable);
            }
        }
    }

    private static final class NestedEventsSerializer extends StdSerializer<Collection<?>> {

        NestedEventsSerializer() {
            super(Collection.class, false);
        }

        @Override
        public void serialize(Collection<?> events, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeStartArray();
            for (Object event : events) {
                generator.writeStartObject();
                generator.writeStringField("type", EventTypes.nameOf(((DomainEvent) event).getClass()));
                generator.writeFieldName("payload");
                provider.defaultSerializeValue(event, generator);
                generator.writeEndObject();
            }
            generator.writeEndArray();
        }
    }
}
