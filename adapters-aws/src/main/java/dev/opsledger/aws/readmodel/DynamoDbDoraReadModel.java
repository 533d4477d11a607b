package dev.opsledger.aws.readmodel;

import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.StreamId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DORA read model in the event table, laid out as its in-memory twin is (every key starts with
 * {@code rm:dora:}, and no item carries the feed index's key, so none shows in the feed):
 * <ul>
 *   <li>a stream item per deployment or incident ({@code rm:dora:stream:<stream id>}): its fact as JSON,
 *       the version applied, the deployments it ever blamed, the version fully projected;</li>
 *   <li>day items ({@code rm:dora:day:<environment>:<yyyy-MM-dd>}, split into parts as {@link DayParts}
 *       describes): the facts of the deployments of any service of the environment that finished and the
 *       incidents that opened that UTC day, of every incident, of any service, explicitly blaming one of
 *       those deployments, and of the {@linkplain FirstDeliveries first delivery} of each change a
 *       successful one of them shipped;</li>
 *   <li>a link item per blamed or finished deployment ({@code rm:dora:link:<id>}), where the deployment's
 *       day and its blamers meet;</li>
 *   <li>two indexes per service and environment, read only while projecting: successes by finish
 *       ({@code rm:dora:succeeded:...}) and incidents without an explicit cause by opening
 *       ({@code rm:dora:unattributed:...}), through which a success's day also holds its next success and
 *       the incidents it may be blamed by (see {@link DoraPlacements});</li>
 *   <li>a delivery item per service, environment and commit sha ({@code rm:dora:delivery:...}).</li>
 * </ul>
 * A report, on one service or on the whole environment, reads part 0 of each day of its window in
 * {@code BatchGetItem}s and any further parts a day declares: one item per day, whatever the number of
 * events or services.
 *
 * <p>Applying a commit first claims it on the stream item (conditional on the item's {@code rev}), then
 * writes the derived items, then marks the version projected if the stream is still at it. A projector
 * whose mark finds the stream moved on projects the newer version too, so a write it made late, after
 * a newer projection, is always overwritten. Derived entries carry their stream's version and the newer
 * one wins, so concurrent projectors, replays and crashes half-way all end in the same items.
 */
public final class DynamoDbDoraReadModel implements DoraReadModel {

    private static final Set<String> DORA_STREAMS = Set.of(DeploymentId.STREAM_CATEGORY, IncidentId.STREAM_CATEGORY);

    private final DoraStreams streams;
    private final DoraPlacements placements;
    private final DayParts days;
    private final AtomicLong itemsRead = new AtomicLong();
    private final AtomicLong readRequests = new AtomicLong();

    public DynamoDbDoraReadModel(DynamoDbClient client, String tableName) {
        this(client, tableName, DayParts.DEFAULT_PART_LIMIT_BYTES);
    }

    /** With day parts of at most {@code partLimitBytes} of entries, so tests can make days split. */
    DynamoDbDoraReadModel(DynamoDbClient client, String tableName, int partLimitBytes) {
        ReadModelTable table = new ReadModelTable(client, tableName);
        this.streams = new DoraStreams(table);
        this.days = new DayParts(table, new BatchReads(client, tableName), partLimitBytes);
        this.placements = new DoraPlacements(streams, days, new DeploymentLinks(table), new TimeIndex(table), new FirstDeliveries(table, days));
    }

    @Override
    public void apply(Commit commit) {
        StreamId stream = commit.stream();
        if (!DORA_STREAMS.contains(stream.category())) {
            return;
        }
        StreamState state = streams.claim(commit);
        if (!state.needsProjection()) {
            return;
        }
        while (true) {
            placements.project(stream, state);
            StreamState marked = streams.markProjected(stream, state.version());
            if (marked.version() == state.version()) {
                return;
            }
            // The stream moved on while this projector wrote, so some of its writes may have landed after the
            // newer version's: projecting that version too puts them right, even if its own projector is done.
            state = marked;
        }
    }

    @Override
    public DoraFacts facts(ReportScope scope) {
        List<String> window = new ArrayList<>();
        LocalDate lastDay = LocalDate.ofInstant(scope.to().minusNanos(1), ZoneOffset.UTC);
        for (LocalDate day = LocalDate.ofInstant(scope.from(), ZoneOffset.UTC); !day.isAfter(lastDay); day = day.plusDays(1)) {
            window.add(DoraKeys.day(scope.environment(), day));
        }
        DayParts.Read read = days.read(window);
        Map<String, Entry> entries = new HashMap<>();
        read.items().forEach(item -> Entries.merge(entries, Entries.of(item)));
        itemsRead.addAndGet(read.itemsRead());
        readRequests.addAndGet(read.requests());
        List<DomainEvent> events = entries.values().stream()
                .flatMap(entry -> entry.fact().stream())
                .flatMap(fact -> FactJson.events(fact).stream())
                .toList();
        return DoraFacts.of(events).restrictTo(scope);
    }

    /** Items every {@link #facts} call so far has read: day parts asked for, found or not, and index queries. */
    public long itemsRead() {
        return itemsRead.get();
    }

    /** Requests every {@link #facts} call so far has sent: {@code BatchGetItem}s and index queries. */
    public long readRequests() {
        return readRequests.get();
    }
}
