package dev.opsledger.bench.dynamodb;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Counts the DynamoDB calls a client makes, by operation, with the items they returned and the capacity
 * units the server charged. It asks for {@code ReturnConsumedCapacity=TOTAL} on every item call, so the
 * units are the server's own count (dynalite charges the base table only, never a GSI's write).
 */
final class CallCounter implements ExecutionInterceptor {

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final LongAdder itemsReturned = new LongAdder();
    private final DoubleAdder readUnits = new DoubleAdder();
    private final DoubleAdder writeUnits = new DoubleAdder();

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
        return switch (context.request()) {
            case PutItemRequest put -> put.toBuilder().returnConsumedCapacity(total).build();
            case GetItemRequest get -> get.toBuilder().returnConsumedCapacity(total).build();
            case UpdateItemRequest update -> update.toBuilder().returnConsumedCapacity(total).build();
            case DeleteItemRequest delete -> delete.toBuilder().returnConsumedCapacity(total).build();
            case QueryRequest query -> query.toBuilder().returnConsumedCapacity(total).build();
            case BatchGetItemRequest batch -> batch.toBuilder().returnConsumedCapacity(total).build();
            default -> context.request();
        };
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        count(calls, attributes);
        SdkResponse response = context.response();
        switch (response) {
            case PutItemResponse put -> writeUnits.add(units(put.consumedCapacity()));
            case UpdateItemResponse update -> writeUnits.add(units(update.consumedCapacity()));
            case DeleteItemResponse delete -> writeUnits.add(units(delete.consumedCapacity()));
            case GetItemResponse get -> {
                readUnits.add(units(get.consumedCapacity()));
                itemsReturned.add(get.hasItem() && !get.item().isEmpty() ? 1 : 0);
            }
            case QueryResponse query -> {
                readUnits.add(units(query.consumedCapacity()));
                itemsReturned.add(query.count() == null ? 0 : query.count());
            }
            case BatchGetItemResponse batch -> {
                batch.consumedCapacity().forEach(capacity -> readUnits.add(units(capacity)));
                batch.responses().values().forEach(items -> itemsReturned.add(items.size()));
            }
            default -> { }
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        count(calls, attributes);
        count(failures, attributes);
    }

    CallCounts snapshot() {
        return new CallCounts(totals(calls), totals(failures), itemsReturned.sum(), readUnits.sum(), writeUnits.sum());
    }

    private static void count(Map<String, LongAdder> counts, ExecutionAttributes attributes) {
        counts.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), name -> new LongAdder()).increment();
    }

    private static Map<String, Long> totals(Map<String, LongAdder> counts) {
        Map<String, Long> totals = new TreeMap<>();
        counts.forEach((operation, count) -> totals.put(operation, count.sum()));
        return totals;
    }

    private static double units(ConsumedCapacity capacity) {
        return capacity == null || capacity.capacityUnits() == null ? 0 : capacity.capacityUnits();
    }
}
