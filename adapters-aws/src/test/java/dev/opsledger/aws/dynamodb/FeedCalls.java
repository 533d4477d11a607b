package dev.opsledger.aws.dynamodb;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The requests one client sent, told apart by what of the feed they touch. */
final class FeedCalls implements ExecutionInterceptor {

    private final List<SdkRequest> sent = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        sent.add(context.request());
    }

    void forget() {
        sent.clear();
    }

    int total() {
        return sent.size();
    }

    /** Queries of one shard of one hour of the feed index. */
    int shardQueries() {
        return count(request -> request instanceof QueryRequest query && EventTableSchema.FEED_INDEX.equals(query.indexName()));
    }

    /** Queries of the feed hours, and that each of them read strongly consistent. */
    int hourListings() {
        return count(request -> request instanceof QueryRequest query && query.indexName() == null
                && AttributeValue.fromS(EventTableSchema.FEED_HOURS_KEY).equals(query.expressionAttributeValues().get(":pk"))
                && Boolean.TRUE.equals(query.consistentRead()));
    }

    /** The partition keys of the items put, in the order they were sent. */
    List<String> puts() {
        return sent.stream().filter(PutItemRequest.class::isInstance)
                .map(request -> ((PutItemRequest) request).item().get(EventTableSchema.PARTITION_KEY).s())
                .toList();
    }

    private int count(Predicate<SdkRequest> kind) {
        return (int) sent.stream().filter(kind).count();
    }
}
