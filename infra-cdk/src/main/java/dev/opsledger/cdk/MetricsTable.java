package dev.opsledger.cdk;

import dev.opsledger.aws.dynamodb.EventTableSchema;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.StreamViewType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.constructs.Construct;

/**
 * The region's {@value #TABLE_NAME} table, laid out by {@link EventTableSchema#createTableRequest}, the request
 * the adapter's own tests create it with: keys, the feed index and the change stream are read from there, so
 * the deployed table cannot drift from the one the adapter is tested on.
 */
final class MetricsTable extends Construct {

    /** The same name in both regions: a function of one region reaches the other's table by it. */
    static final String TABLE_NAME = "DevOpsMetrics";

    private final Table table;

    MetricsTable(Construct scope, String id) {
        super(scope, id);
        CreateTableRequest layout = EventTableSchema.createTableRequest(TABLE_NAME);
        Map<String, AttributeType> types = layout.attributeDefinitions().stream().collect(Collectors.toMap(
                definition -> definition.attributeName(),
                definition -> AttributeType.valueOf(typeName(definition.attributeTypeAsString()))));
        table = Table.Builder.create(this, "Table")
                .tableName(TABLE_NAME)
                .partitionKey(attribute(layout.keySchema(), KeyType.HASH, types))
                .sortKey(attribute(layout.keySchema(), KeyType.RANGE, types))
                .billingMode(layout.billingMode() == software.amazon.awssdk.services.dynamodb.model.BillingMode.PAY_PER_REQUEST
                        ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED)
                .stream(StreamViewType.valueOf(layout.streamSpecification().streamViewTypeAsString()))
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(EventTableSchema.POINT_IN_TIME_RECOVERY).build())
                .encryption(TableEncryption.AWS_MANAGED)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        for (GlobalSecondaryIndex index : layout.globalSecondaryIndexes()) {
            table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                    .indexName(index.indexName())
                    .partitionKey(attribute(index.keySchema(), KeyType.HASH, types))
                    .sortKey(attribute(index.keySchema(), KeyType.RANGE, types))
                    .projectionType(ProjectionType.valueOf(index.projection().projectionTypeAsString()))
                    .build());
        }
    }

    Table table() {
        return table;
    }

    private static Attribute attribute(List<KeySchemaElement> keys, KeyType type, Map<String, AttributeType> types) {
        String name = keys.stream().filter(key -> key.keyType() == type).map(KeySchemaElement::attributeName)
                .findFirst().orElseThrow(() -> new IllegalStateException("the table layout has no " + type + " key"));
        return Attribute.builder().name(name).type(types.get(name)).build();
    }

    /** DynamoDB's one-letter scalar types as CDK names them. */
    private static String typeName(String scalarType) {
        return switch (scalarType) {
            case "S" -> "STRING";
            case "N" -> "NUMBER";
            case "B" -> "BINARY";
            default -> throw new IllegalStateException("unknown key attribute type " + scalarType);
        };
    }
}
