package dev.opsledger.application.failover;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The commits of one stream that the former primary acknowledged but the secondary never received: the
 * primary's history after the longest prefix both regions hold with the same event ids at the same
 * versions. {@code commonVersion} is the last version of that prefix (0 when they share nothing).
 */
record Orphans(StreamId stream, long commonVersion, List<Commit> commits) {

    Orphans {
        commits = List.copyOf(commits);
    }

    /**
     * {@code primaryCommits} (from the feed) give the orphans their original commit boundaries; events the
     * feed does not show yet are grouped into one commit stamped {@code now}.
     */
    static Orphans find(StreamId stream, List<RecordedEvent> primary, List<RecordedEvent> secondary,
            List<Commit> primaryCommits, Instant now) {
        int common = 0;
        while (common < primary.size() && common < secondary.size()
                && primary.get(common).id().equals(secondary.get(common).id())) {
            common++;
        }
        Map<Long, Commit> byFirstVersion = primaryCommits.stream()
                .collect(Collectors.toMap(Commit::firstVersion, Function.identity()));
        List<Commit> orphans = new ArrayList<>();
        List<RecordedEvent> unseen = new ArrayList<>();
        int index = common;
        while (index < primary.size()) {
            Commit known = byFirstVersion.get(primary.get(index).version());
            if (known == null) {
                unseen.add(primary.get(index++));
                continue;
            }
            flush(stream, unseen, now, orphans);
            orphans.add(known);
            index += known.events().size();
        }
        flush(stream, unseen, now, orphans);
        return new Orphans(stream, common, orphans);
    }

    private static void flush(StreamId stream, List<RecordedEvent> unseen, Instant now, List<Commit> orphans) {
        if (!unseen.isEmpty()) {
            orphans.add(new Commit(stream, unseen.getFirst().version(), now, unseen));
            unseen.clear();
        }
    }
}
