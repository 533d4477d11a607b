package dev.opsledger.lambda.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reads_every_attribute_type_a_stream_image_carries() throws Exception {
        Map<String, AttributeValue> item = DynamoDbJson.item(JSON.readTree("""
                {"pk": {"S": "deployment:checkout-1"}, "sk": {"N": "1"}, "raw": {"B": "AQID"},
                 "done": {"BOOL": true}, "gone": {"NULL": true}, "tags": {"SS": ["a", "b"]}, "sizes": {"NS": ["1", "2"]},
                 "events": {"L": [{"M": {"id": {"S": "e-1"}}}]}}"""), "NewImage");

        assertThat(item).containsEntry("pk", AttributeValue.fromS("deployment:checkout-1"))
                .containsEntry("sk", AttributeValue.fromN("1"))
                .containsEntry("raw", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3})))
                .containsEntry("done", AttributeValue.fromBool(true))
                .containsEntry("gone", AttributeValue.fromNul(true))
                .containsEntry("tags", AttributeValue.fromSs(List.of("a", "b")))
                .containsEntry("sizes", AttributeValue.fromNs(List.of("1", "2")))
                .containsEntry("events", AttributeValue.fromL(List.of(
                        AttributeValue.fromM(Map.of("id", AttributeValue.fromS("e-1"))))));
    }

    @Test
    void a_malformed_value_is_refused_naming_its_path_in_the_image() {
        assertThatThrownBy(() -> DynamoDbJson.item(JSON.readTree("""
                {"events": {"L": [{"M": {"id": {"S": 7}}}]}}"""), "NewImage"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NewImage.events[0].id must hold a string");
        assertThatThrownBy(() -> DynamoDbJson.item(JSON.readTree("{\"pk\": {\"X\": \"?\"}}"), "NewImage"))
                .hasMessage("NewImage.pk has the unknown DynamoDB type X");
    }
}
