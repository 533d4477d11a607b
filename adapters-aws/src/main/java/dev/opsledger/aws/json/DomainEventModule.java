package dev.opsledger.aws.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.opsledger.domain.shared.DomainEvent;
import java.time.Duration;
import java.time.Instant;

/**
 * What the domain's types need beyond Jackson's records: ISO-8601 time, single-string records, nested
 * events, and nothing written but record components.
 */
final class DomainEventModule extends SimpleModule {

    DomainEventModule() {
        super("opsledger-domain-events");
        addSerializer(Instant.class, ToStringSerializer.instance);
        addDeserializer(Instant.class, new ParsedFromString<>(Instant.class, Instant::parse));
        addSerializer(Duration.class, ToStringSerializer.instance);
        addDeserializer(Duration.class, new ParsedFromString<>(Duration.class, Duration::parse));
        addDeserializer(DomainEvent.class, new NestedEventDeserializer());
        setSerializerModifier(new RecordComponentsOnly());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new DomainSerializers());
        context.addDeserializers(new StringRecordDeserializers());
    }
}
