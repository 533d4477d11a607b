package dev.opsledger.aws.dynamodb;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Adds up the items that queries of the feed index returned to one client. */
final class FeedItemsRead implements ExecutionInterceptor {

    private final AtomicInteger items = new AtomicInteger();

    int items() {
        return items.get();
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof QueryRequest query && EventTableSchema.FEED_INDEX.equals(query.indexName())
                && context.response() instanceof QueryResponse response) {
            items.addAndGet(response.count());
        }
    }
}
