package dev.opsledger.simulation;

import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.recording.Recorded;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What clients were told, checked against what the system did: every acknowledgement is checked, at the instant
 * it is given, against the epochs written under before it, and kept for the loss audit. A region may go on writing
 * under its lease for a while after the router moved on; what must never happen is a write under an epoch older
 * than one another region has already written under, which is two regions writing at once.
 */
final class WriteAudit {

    record Ack(String commandId, StreamId stream, Region region, List<EventId> eventIds, Instant at) {
    }

    private final List<Ack> acks = new ArrayList<>();
    private final Set<String> acknowledged = new HashSet<>();
    private long issued;
    private long fenced;
    private long unavailable;
    private long rejected;
    private long acceptedByFencedRegion;
    private Optional<ActiveRegion> newestWrittenUnder = Optional.empty();

    void writeIssued() {
        issued++;
    }

    void fenced() {
        fenced++;
    }

    void unavailable() {
        unavailable++;
    }

    void rejected() {
        rejected++;
    }

    /** {@code writtenUnder} is the lease's holder and epoch the region wrote under. */
    void acknowledged(ClientWrite write, ActiveRegion writtenUnder, Recorded recorded, Instant at) {
        Region region = writtenUnder.region();
        if (newestWrittenUnder.filter(newest -> supersedes(newest, writtenUnder)).isPresent()) {
            acceptedByFencedRegion++;
        } else {
            newestWrittenUnder = Optional.of(writtenUnder);
        }
        if (acknowledged.add(write.commandId())) {
            List<EventId> ids = recorded.events().stream().map(RecordedEvent::id).toList();
            acks.add(new Ack(write.commandId(), write.stream(), region, ids, at));
        }
    }

    private static boolean supersedes(ActiveRegion newest, ActiveRegion writtenUnder) {
        return newest.epoch() > writtenUnder.epoch()
                || newest.epoch() == writtenUnder.epoch() && !newest.region().equals(writtenUnder.region());
    }

    /** The earliest write acknowledged in {@code region} whose events {@code held} lacks. */
    Optional<Ack> oldestMissing(Region region, Set<EventId> held) {
        return acks.stream()
                .filter(ack -> ack.region().equals(region) && !held.containsAll(ack.eventIds()))
                .findFirst();
    }

    Optional<Ack> firstAckIn(Region region, Instant atOrAfter) {
        return acks.stream()
                .filter(ack -> ack.region().equals(region) && !ack.at().isBefore(atOrAfter))
                .findFirst();
    }

    long eventsAcknowledged() {
        return acks.stream().mapToLong(ack -> ack.eventIds().size()).sum();
    }

    long eventsMissingFrom(Set<EventId> held) {
        return acks.stream().flatMap(ack -> ack.eventIds().stream()).filter(id -> !held.contains(id)).count();
    }

    long issued() {
        return issued;
    }

    long acknowledgedWrites() {
        return acks.size();
    }

    long fencedRefusals() {
        return fenced;
    }

    long unavailableRefusals() {
        return unavailable;
    }

    long rejectedWrites() {
        return rejected;
    }

    long acceptedByFencedRegion() {
        return acceptedByFencedRegion;
    }
}
