package dev.opsledger.local;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * A simulated region's table on a real server. The simulator injects the scenario's outages in front of
 * the table, so a {@link ServiceUnavailable} from the server itself is no part of the scenario: were it
 * let through, the use cases would take it for an outage and the report would measure a failure nobody
 * asked for. It stops the run instead.
 */
final class AbortOnServerFailure implements EventStore {

    private final EventStore table;
    private final URI server;

    AbortOnServerFailure(EventStore table, URI server) {
        this.table = table;
        this.server = server;
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        return guarded(() -> table.append(stream, expectedVersion, events));
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        return guarded(() -> table.readStream(stream));
    }

    @Override
    public FeedPage readFeed(LogPosition after, int maxCommits) {
        return guarded(() -> table.readFeed(after, maxCommits));
    }

    @Override
    public void discardAfter(StreamId stream, long version) {
        guarded(() -> {
            table.discardAfter(stream, version);
            return null;
        });
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceUnavailable failure) {
            throw new LocalServerFailed("the DynamoDB server at " + server + " failed during the run: "
                    + (failure.getCause() == null ? ServerFailure.firstLine(failure.getMessage())
                            : ServerFailure.describe(server, failure.getCause())), failure);
        }
    }
}
