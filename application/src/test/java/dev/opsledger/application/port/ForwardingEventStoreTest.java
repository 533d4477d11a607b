package dev.opsledger.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardingEventStoreTest {

    private static final DeploymentId DEPLOYMENT = new DeploymentId("d1");
    private static final StreamId STREAM = DEPLOYMENT.stream();
    private static final Instant COMMITTED = Instant.parse("2026-11-25T10:00:00Z");
    private static final NewEvent FINISHED = new NewEvent(new EventId("e2"),
            new DeploymentFinished(DEPLOYMENT, DeploymentOutcome.SUCCEEDED, COMMITTED));

    private final CallLog wrapped = new CallLog();
    private final EventStore forwarding = new ForwardingEventStore(wrapped) {
    };

    @Test
    void hands_every_call_to_the_wrapped_store_and_returns_its_answer() {
        LogPosition after = LogPosition.START;

        assertThat(forwarding.append(STREAM, 1, List.of(FINISHED))).isSameAs(wrapped.appended);
        assertThat(forwarding.readStream(STREAM)).isSameAs(wrapped.stream);
        assertThat(forwarding.readFeed(after, 25)).isSameAs(wrapped.page);
        forwarding.discardAfter(STREAM, 1);

        assertThat(wrapped.calls).containsExactly(
                "append [e2] to deployment:d1 at 1", "read deployment:d1", "read the feed after " + after + ", 25 at most",
                "discard deployment:d1 after 1");
    }

    /** Notes each call it gets and answers with fixed values, so a test sees where a call went. */
    private static final class CallLog implements EventStore {

        final List<String> calls = new ArrayList<>();
        final List<RecordedEvent> stream = List.of(new RecordedEvent(STREAM, 1, new EventId("e1"), FINISHED.event()));
        final AppendResult appended = new AppendResult(new Commit(STREAM, 1, COMMITTED, stream), false);
        final FeedPage page = new FeedPage(List.of(appended.commit()), appended.commit().position());

        @Override
        public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
            calls.add("append " + ids(events) + " to " + stream + " at " + expectedVersion);
            return appended;
        }

        @Override
        public List<RecordedEvent> readStream(StreamId stream) {
            calls.add("read " + stream);
            return this.stream;
        }

        @Override
        public FeedPage readFeed(LogPosition after, int maxCommits) {
            calls.add("read the feed after " + after + ", " + maxCommits + " at most");
            return page;
        }

        @Override
        public void discardAfter(StreamId stream, long version) {
            calls.add("discard " + stream + " after " + version);
        }

        private static List<EventId> ids(List<NewEvent> events) {
            return events.stream().map(NewEvent::id).toList();
        }
    }
}
