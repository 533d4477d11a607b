package dev.opsledger.inmemory.contract;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.domain.shared.LogPosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a feed the way the contract allows it to behave: it may lag, so a test polls, within a bounded
 * wait, until a full scan shows what it expects, and never asks a store to be instantly up to date.
 */
public final class FeedScan {

    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private FeedScan() {
    }

    /** One full pass from {@code after} to the end of what is visible now, page by page. */
    public static List<Commit> readAll(EventStore store, LogPosition after, int pageSize) {
        List<Commit> commits = new ArrayList<>();
        LogPosition position = after;
        while (true) {
            FeedPage page = store.readFeed(position, pageSize);
            if (page.commits().size() > pageSize) {
                throw new AssertionError("a page of at most " + pageSize + " held " + page.commits().size());
            }
            if (page.commits().isEmpty()) {
                if (!page.next().equals(position)) {
                    throw new AssertionError("an empty page moved the position from " + position + " to " + page.next());
                }
                return commits;
            }
            if (!page.next().equals(page.commits().getLast().position())) {
                throw new AssertionError("next " + page.next() + " is not the last commit's position");
            }
            commits.addAll(page.commits());
            position = page.next();
        }
    }

    /** Full passes until one satisfies {@code complete}; the last pass when patience runs out. */
    public static List<Commit> awaitScan(EventStore store, LogPosition after, int pageSize,
            Predicate<List<Commit>> complete) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<Commit> scan = readAll(store, after, pageSize);
        while (!complete.test(scan) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            scan = readAll(store, after, pageSize);
        }
        return scan;
    }
}
