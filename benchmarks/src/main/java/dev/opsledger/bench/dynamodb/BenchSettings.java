package dev.opsledger.bench.dynamodb;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The harness's knobs, given as {@code key=value} arguments (see docs/performance.md). The defaults fit a
 * shared 2-core machine: a full run takes minutes, most of them filling 100 k events for the DORA figure.
 */
record BenchSettings(
        Set<String> benchmarks,
        int warmupRounds,
        int rounds,
        int appendsPerRun,
        int replicationCommits,
        List<Integer> doraEvents,
        List<Integer> streamLengths,
        List<Integer> coldStartDays,
        Duration checkInterval,
        int fillThreads,
        int reportsPerSize,
        long seed) {

    static final String APPEND = "append";
    static final String STREAM_LENGTH = "length";
    static final String REPLICATION = "replication";
    static final String DORA = "dora";
    static final String COLD_START = "coldstart";

    static BenchSettings parse(String... arguments) {
        Map<String, String> given = new HashMap<>();
        for (String argument : arguments) {
            if (argument.isBlank()) {
                continue;
            }
            String[] pair = argument.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("arguments are key=value, was '" + argument + "'");
            }
            given.put(pair[0].strip(), pair[1].strip());
        }
        BenchSettings settings = new BenchSettings(
                Set.copyOf(list(given.remove("only"), APPEND + "," + STREAM_LENGTH + "," + REPLICATION + "," + DORA + "," + COLD_START)),
                number(given.remove("warmup"), 1),
                number(given.remove("rounds"), 5),
                number(given.remove("appends"), 200),
                number(given.remove("replicationCommits"), 1000),
                numbers(given.remove("doraEvents"), "1000,10000,100000"),
                numbers(given.remove("streamLengths"), "1,1000,10000"),
                numbers(given.remove("coldStartDays"), "1,30"),
                Duration.ofSeconds(number(given.remove("checkSeconds"), 15)),
                number(given.remove("fillThreads"), 8),
                number(given.remove("reports"), 5),
                number(given.remove("seed"), 42));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown arguments " + given.keySet() + "; known: only, warmup, rounds,"
                    + " appends, replicationCommits, doraEvents, streamLengths, coldStartDays, checkSeconds, fillThreads, reports,"
                    + " seed");
        }
        return settings;
    }

    boolean runs(String benchmark) {
        return benchmarks.contains(benchmark);
    }

    private static int number(String value, int fallback) {
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static List<Integer> numbers(String value, String fallback) {
        return list(value, fallback).stream().map(Integer::parseInt).toList();
    }

    private static List<String> list(String value, String fallback) {
        return Arrays.stream((value == null ? fallback : value).split(",")).map(String::strip).toList();
    }
}
