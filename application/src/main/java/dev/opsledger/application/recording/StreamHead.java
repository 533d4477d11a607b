package dev.opsledger.application.recording;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a writer that follows a stream in memory left it: the version it read, or the commit it wrote
 * last. Appending through it goes right after that commit ({@link EventStore#appendAfter}: one write, no
 * read of a stream that only grows) and at the version read otherwise. The writer vouches that its
 * batch's ids are new to the stream up to the head; a store that finds the version taken goes the general
 * way and reports a retry or a conflict as {@link EventStore#append} would.
 */
public record StreamHead(StreamId stream, long version, Optional<Commit> written) {

    public StreamHead {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(written, "written");
    }

    /** The head of a stream read up to {@code version} (0 when empty). */
    public static StreamHead read(StreamId stream, long version) {
        return new StreamHead(stream, version, Optional.empty());
    }

    /** The head right after a commit this writer has just written. */
    public static StreamHead after(Commit written) {
        return new StreamHead(written.stream(), written.lastVersion(), Optional.of(written));
    }

    public AppendResult append(EventStore store, List<NewEvent> batch) {
        return written.isPresent() ? store.appendAfter(written.get(), batch) : store.append(stream, version, batch);
    }
}
