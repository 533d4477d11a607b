package dev.opsledger.aws.eventbridge;

import java.util.ArrayList;
import java.util.List;

/** Cuts entries, in order, into calls of at most so many entries whose sizes add up to less than a limit. */
final class EntryBatches {

    private EntryBatches() {
    }

    static List<List<SizedEntry>> split(List<SizedEntry> entries, int maxEntries, int maxBytes) {
        List<List<SizedEntry>> calls = new ArrayList<>();
        List<SizedEntry> call = new ArrayList<>();
        int callBytes = 0;
        for (SizedEntry entry : entries) {
            if (!call.isEmpty() && (call.size() == maxEntries || callBytes + entry.bytes() >= maxBytes)) {
                calls.add(List.copyOf(call));
                call.clear();
                callBytes = 0;
            }
            call.add(entry);
            callBytes += entry.bytes();
        }
        if (!call.isEmpty()) {
            calls.add(List.copyOf(call));
        }
        return calls;
    }
}
