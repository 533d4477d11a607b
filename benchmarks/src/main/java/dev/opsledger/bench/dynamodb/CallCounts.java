package dev.opsledger.bench.dynamodb;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a {@link CallCounter} had seen at one moment; the difference of two is what happened in between. */
record CallCounts(Map<String, Long> calls, Map<String, Long> failures, long itemsReturned, double readUnits, double writeUnits) {

    CallCounts minus(CallCounts earlier) {
        return new CallCounts(difference(calls, earlier.calls), difference(failures, earlier.failures),
                itemsReturned - earlier.itemsReturned, readUnits - earlier.readUnits, writeUnits - earlier.writeUnits);
    }

    long total() {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    long of(String operation) {
        return calls.getOrDefault(operation, 0L);
    }

    /** Calls per unit of work, by operation, e.g. {@code Query 1.00, PutItem 1.00 (0.02 failed)}. */
    String perUnit(long units) {
        return calls.entrySet().stream()
                .filter(call -> call.getValue() > 0)
                .map(call -> call.getKey() + " " + Stats.decimal((double) call.getValue() / units)
                        + (failures.getOrDefault(call.getKey(), 0L) > 0
                                ? " (" + Stats.decimal((double) failures.get(call.getKey()) / units) + " failed)"
                                : ""))
                .collect(Collectors.joining(", "));
    }

    /** Capacity units per unit of work as the server charged them, e.g. {@code 1.00 RCU, 1.00 WCU}. */
    String unitsPer(long units) {
        return Stats.decimal(readUnits / units) + " RCU, " + Stats.decimal(writeUnits / units) + " WCU";
    }

    private static Map<String, Long> difference(Map<String, Long> later, Map<String, Long> earlier) {
        Map<String, Long> difference = new TreeMap<>();
        later.forEach((operation, count) -> difference.put(operation, count - earlier.getOrDefault(operation, 0L)));
        return difference;
    }
}
