package dev.opsledger.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.domain.shared.LogPosition;
import java.util.ArrayList;
import java.util.List;

/** Reads a feed to its end, page after page, checking that no page is larger than asked. */
final class FeedPages {

    private FeedPages() {
    }

    static List<Commit> readAll(EventStore store, LogPosition after, int pageSize) {
        List<Commit> commits = new ArrayList<>();
        FeedPage page = store.readFeed(after, pageSize);
        while (!page.commits().isEmpty()) {
            assertThat(page.commits()).hasSizeLessThanOrEqualTo(pageSize);
            commits.addAll(page.commits());
            page = store.readFeed(page.next(), pageSize);
        }
        return commits;
    }
}
