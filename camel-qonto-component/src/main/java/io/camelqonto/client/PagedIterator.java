package io.camelqonto.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

import io.camelqonto.model.PageMeta;

/**
 * Walks a collection one page at a time, fetching the next page only when the current one is used
 * up. It follows {@code next_page} and nothing else: Qonto omits it on the last page of some
 * collections instead of sending null, and a {@code next_page} that does not move forward would
 * loop forever, so both end the walk. The page cap guards against anything else. Not thread-safe:
 * one consumer iterates.
 */
final class PagedIterator<T> implements QontoPages<T>, Iterator<T> {

    private final IntFunction<QontoPage<T>> fetch;
    private final int maxPages;
    private Integer nextPage;
    private Iterator<T> items = Collections.emptyIterator();
    private int pagesFetched;
    private PageMeta lastMeta;
    private boolean truncated;
    private boolean iterated;

    PagedIterator(IntFunction<QontoPage<T>> fetch, int firstPage, int maxPages) {
        this.fetch = fetch;
        this.nextPage = firstPage;
        this.maxPages = maxPages;
    }

    @Override
    public Iterator<T> iterator() {
        if (iterated) {
            throw new IllegalStateException("A paginated listing can be iterated only once; call paginate() again");
        }
        iterated = true;
        return this;
    }

    @Override
    public boolean hasNext() {
        while (!items.hasNext()) {
            if (nextPage == null) {
                return false;
            }
            fetchNext();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return items.next();
    }

    private void fetchNext() {
        QontoPage<T> page = fetch.apply(nextPage);
        if (!page.undecodable().isEmpty()) {
            // a listing hands out every item or fails naming the one it could not read
            throw page.undecodable().get(0).error();
        }
        pagesFetched++;
        lastMeta = page.meta();
        items = page.items().iterator();
        if (!page.hasNextPage()) {
            nextPage = null;
        } else if (pagesFetched >= maxPages) {
            truncated = true;
            nextPage = null;
        } else {
            nextPage = page.meta().nextPage();
        }
    }

    @Override
    public int pagesFetched() {
        return pagesFetched;
    }

    @Override
    public PageMeta lastMeta() {
        return lastMeta;
    }

    @Override
    public boolean truncated() {
        return truncated;
    }
}
