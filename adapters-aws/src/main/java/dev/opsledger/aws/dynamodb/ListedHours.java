package dev.opsledger.aws.dynamodb;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The feed hours listed between two hours, in order, queried a page at a time and only when the hours
 * in hand run out: a read whose page fills in the first hours lists no more.
 */
final class ListedHours implements Iterator<Long> {

    /** About 25 bytes an item: a page of hours is one read unit, and four days' worth. */
    private static final int PAGE = 100;

    private final EventTable table;
    private final long from;
    private final long until;
    private Iterator<Map<String, AttributeValue>> inHand = Collections.emptyIterator();
    private Map<String, AttributeValue> startKey;
    private boolean listedAll;

    ListedHours(EventTable table, long from, long until) {
        this.table = table;
        this.from = from;
        this.until = until;
    }

    @Override
    public boolean hasNext() {
        while (!inHand.hasNext() && !listedAll) {
            QueryResponse page = table.queryFeedHours(from, until, PAGE, startKey);
            inHand = page.items().iterator();
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            listedAll = startKey == null;
        }
        return inHand.hasNext();
    }

    @Override
    public Long next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no feed hour listed after the last one returned");
        }
        return Long.parseLong(inHand.next().get(EventTableSchema.SORT_KEY).n());
    }
}
