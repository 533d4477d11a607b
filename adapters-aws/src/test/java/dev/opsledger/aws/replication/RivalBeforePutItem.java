package dev.opsledger.aws.replication;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Lets a rival run once inside an append, between the store's reads and its conditional {@code PutItem}:
 * the narrowest window two writers can race in. Counts the puts DynamoDB refused on their condition, so a
 * test can tell the race really happened.
 */
final class RivalBeforePutItem implements ExecutionInterceptor {

    private final AtomicReference<Runnable> rival;
    private final AtomicInteger refusedPuts = new AtomicInteger();

    RivalBeforePutItem(Runnable rival) {
        this.rival = new AtomicReference<>(rival);
    }

    int refusedPuts() {
        return refusedPuts.get();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof PutItemRequest) {
            Runnable once = rival.getAndSet(null);
            if (once != null) {
                once.run();
            }
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        if (context.exception() instanceof ConditionalCheckFailedException) {
            refusedPuts.incrementAndGet();
        }
    }
}
