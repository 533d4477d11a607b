package dev.opsledger.aws.replication;

import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.domain.shared.StreamId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Notes the requests a client sends about one stream's items (base-table reads and writes), in order. */
final class StreamRequests implements ExecutionInterceptor {

    private record Sent(String operation, String partitionKey) {
    }

    private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());

    List<String> operationsOn(StreamId stream) {
        synchronized (sent) {
            return sent.stream().filter(request -> request.partitionKey().equals(stream.value())).map(Sent::operation).toList();
        }
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        switch (context.request()) {
            case QueryRequest query when query.indexName() == null ->
                    sent.add(new Sent("Query", query.expressionAttributeValues().get(":pk").s()));
            case GetItemRequest get -> sent.add(new Sent("GetItem", get.key().get(EventTableSchema.PARTITION_KEY).s()));
            case PutItemRequest put -> sent.add(new Sent("PutItem", put.item().get(EventTableSchema.PARTITION_KEY).s()));
            default -> {
            }
        }
    }
}
