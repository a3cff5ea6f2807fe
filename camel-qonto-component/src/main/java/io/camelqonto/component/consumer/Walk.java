package io.camelqonto.component.consumer;

import java.time.Instant;

/**
 * A request of a consumer's walk through its collection: the items from an instant on, and a page of that query.
 *
 * @param from the instant the query starts at (null: the endpoint's own bound, if any)
 * @param page the page of that query, from 1
 */
record Walk(Instant from, int page) {

    /**
     * Where the walk goes after a page: nowhere after the last page; to the next page of the same query while the page
     * ended at the query's own instant (inside a run of items sharing it); else to the items from the page's last
     * instant on, past the pages of them it has just read.
     *
     * @param hasNextPage whether a page follows this one
     * @param last        the page's last cursor instant, in page order; null when no item had one
     * @param atLast      how many items carry that instant since the last one with another
     * @param perPage     the page size
     * @param maxPages    the most pages one query is read to
     * @return the next request; null when the walk ends here
     */
    Walk after(boolean hasNextPage, Instant last, int atLast, int perPage, int maxPages) {
        if (!hasNextPage) {
            return null;
        }
        if (last == null || last.equals(from)) {
            return page < maxPages ? new Walk(from, page + 1) : null;
        }
        return new Walk(last, 1 + atLast / perPage);
    }
}
