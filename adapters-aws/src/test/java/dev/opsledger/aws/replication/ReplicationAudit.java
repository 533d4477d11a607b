package dev.opsledger.aws.replication;

import dev.opsledger.application.replication.DivergenceCheck;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What replication left in the target region, checked against the source item by item:
 * <ul>
 *   <li>{@code lost}: an event of a source commit that the target does not hold with the same id at the
 *       same version;</li>
 *   <li>{@code duplicated}: an event id twice in one target stream, or two target commit items covering
 *       the same version (a duplicate the adapter's reads might hide);</li>
 *   <li>{@code divergent}: replicated streams whose {@code StreamDigest}s differ, read through the port.</li>
 * </ul>
 */
record ReplicationAudit(int sourceCommits, SortedSet<StreamId> divergent, List<String> lost, List<String> duplicated) {

    static ReplicationAudit of(DynaliteTable source, DynaliteTable target, Predicate<StreamId> replicated) {
        List<StoredCommit> sourceCommits = source.storedCommits().stream()
                .filter(commit -> replicated.test(commit.stream()))
                .toList();
        Map<StreamId, List<StoredCommit>> targetStreams = target.storedCommits().stream()
                .collect(Collectors.groupingBy(StoredCommit::stream));
        Set<StreamId> replicatedStreams = new TreeSet<>();
        sourceCommits.forEach(commit -> replicatedStreams.add(commit.stream()));
        targetStreams.keySet().stream().filter(replicated).forEach(replicatedStreams::add);
        return new ReplicationAudit(
                sourceCommits.size(),
                DivergenceCheck.compare(source.newStore(), target.newStore(), replicatedStreams),
                lost(sourceCommits, targetStreams),
                duplicated(targetStreams));
    }

    boolean clean() {
        return divergent.isEmpty() && lost.isEmpty() && duplicated.isEmpty();
    }

    private static List<String> lost(List<StoredCommit> sourceCommits, Map<StreamId, List<StoredCommit>> targetStreams) {
        List<String> lost = new ArrayList<>();
        for (StoredCommit commit : sourceCommits) {
            Map<Long, EventId> held = idsByVersion(targetStreams.getOrDefault(commit.stream(), List.of()));
            for (long version = commit.firstVersion(); version <= commit.lastVersion(); version++) {
                EventId expected = commit.idAt(version);
                if (!expected.equals(held.get(version))) {
                    lost.add(expected + " of " + commit + ": the target holds " + held.get(version) + " at v" + version);
                }
            }
        }
        return lost;
    }

    private static List<String> duplicated(Map<StreamId, List<StoredCommit>> targetStreams) {
        List<String> duplicated = new ArrayList<>();
        targetStreams.forEach((stream, commits) -> {
            List<StoredCommit> inOrder = commits.stream().sorted(Comparator.comparingLong(StoredCommit::firstVersion)).toList();
            Set<EventId> seen = new HashSet<>();
            long covered = 0;
            for (StoredCommit commit : inOrder) {
                if (commit.firstVersion() <= covered) {
                    duplicated.add(commit + " covers versions an earlier item of " + stream + " already holds, up to v" + covered);
                }
                covered = Math.max(covered, commit.lastVersion());
                commit.ids().stream().filter(id -> !seen.add(id))
                        .forEach(id -> duplicated.add(id + " is in " + stream + " more than once"));
            }
        });
        return duplicated;
    }

    private static Map<Long, EventId> idsByVersion(List<StoredCommit> commits) {
        Map<Long, EventId> ids = new HashMap<>();
        for (StoredCommit commit : commits) {
            for (long version = commit.firstVersion(); version <= commit.lastVersion(); version++) {
                ids.putIfAbsent(version, commit.idAt(version));
            }
        }
        return ids;
    }
}
