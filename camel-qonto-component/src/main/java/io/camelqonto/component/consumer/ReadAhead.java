package io.camelqonto.component.consumer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import io.camelqonto.client.PageOutline;
import io.camelqonto.client.QontoPage;

/**
 * The pages of a consumer's walk, fetched and decoded on threads of their own before the poll reads them, so that the
 * time Qonto and the decoding take overlaps the route's.
 *
 * <p>Which page the walk reads after a page is certain only once that page is decoded ({@link Walk#after}). The page's
 * bytes already tell it, though ({@link PageOutline}). So when the read-ahead is chained, the next page is asked
 * for as soon as the bytes of the one before it arrived, and Qonto prepares it while the one before is decoded; at most
 * {@value #DEPTH} pages are fetched ahead of the one the poll has read. The poll names each page it reads next from the
 * page it decoded ({@link #ahead}, {@link #read}): the pages fetched ahead before the one named are dropped unread,
 * and the named one is fetched unless it is among them. A page is never delivered on a forecast.</p>
 *
 * <p>Dropping a page cancels its fetch; its request may have reached Qonto already, so a forecast that fails costs a
 * request. Chaining is for polls that read on to the end of the walk: a poll with a limit would leave pages fetched for
 * later polls, which read them late.</p>
 */
final class ReadAhead {

    /** The most pages fetched ahead of the one the poll has read; the threads a read-ahead needs. */
    static final int DEPTH = 2;

    /** Fetches one page of the walk, telling {@code onArrival} its outline before decoding it. */
    @FunctionalInterface
    interface Fetcher {
        QontoPage<?> fetch(Walk at, Consumer<PageOutline> onArrival);
    }

    /** Where the walk goes after a page, as the page's outline tells; null when it ends there. */
    @FunctionalInterface
    interface Forecast {
        Walk after(Walk at, PageOutline outline);
    }

    private final ExecutorService threads;
    private final Fetcher fetcher;
    private final Forecast forecast;
    private final boolean chained;
    /** Pages fetched ahead and not read yet, in walk order. */
    private final Deque<Fetch> unread = new ArrayDeque<>(DEPTH);
    /** The page fetched last, read or not: its arrival may start the next fetch. */
    private Fetch newest;

    /**
     * @param threads  where pages are fetched and decoded: at least {@value #DEPTH} threads to fetch one page while
     *                 another is decoded
     * @param fetcher  fetches a page
     * @param forecast reads where the walk goes next from a page's outline
     * @param chained  whether the arrival of a page starts the fetch of the page its outline forecasts
     */
    ReadAhead(ExecutorService threads, Fetcher fetcher, Forecast forecast, boolean chained) {
        this.threads = threads;
        this.fetcher = fetcher;
        this.forecast = forecast;
        this.chained = chained;
    }

    /**
     * Makes sure the page at {@code at} is the next page fetched ahead: the pages fetched ahead before it are dropped,
     * and it is fetched unless it is among them.
     *
     * @param at the page the walk reads next, as the page read last says
     */
    synchronized void ahead(Walk at) {
        if (dropUntil(at) == null) {
            unread.addLast(launch(at));
        }
    }

    /**
     * The page at {@code at}: fetched ahead, after the pages fetched ahead before it are dropped, or else fetched now.
     * Either way it is fetched on a thread of the read-ahead, so that while it is decoded its arrival can start the next
     * fetch.
     *
     * @param at the page the walk reads
     * @return the page
     * @throws InterruptedException when the poll's thread is interrupted while it waits for the page
     */
    QontoPage<?> read(Walk at) throws InterruptedException {
        Fetch fetch;
        synchronized (this) {
            fetch = dropUntil(at);
            if (fetch != null) {
                unread.removeFirst();
                extend();
            } else {
                fetch = launch(at);
            }
        }
        return fetch.page();
    }

    /**
     * Drops the pages fetched ahead before the one at {@code at}: a forecast gone wrong, whose own next page may still
     * be the right one.
     *
     * @param at the page wanted; null drops them all
     * @return the page fetched ahead for {@code at}, now the first; null when there is none and all were dropped
     */
    private Fetch dropUntil(Walk at) {
        while (!unread.isEmpty()) {
            Fetch first = unread.getFirst();
            if (first.at.equals(at)) {
                return first;
            }
            unread.removeFirst().page.cancel(true);
        }
        newest = null;
        return null;
    }

    /** Drops every page fetched ahead. */
    synchronized void clear() {
        dropUntil(null);
    }

    private Fetch launch(Walk at) {
        Fetch fetch = new Fetch(at);
        fetch.page = threads.submit(() -> fetcher.fetch(at, outline -> arrived(fetch, outline)));
        newest = fetch;
        return fetch;
    }

    /** Takes note of where the walk goes after the page, as its bytes tell; an answer sent again is told again. */
    private synchronized void arrived(Fetch fetch, PageOutline outline) {
        fetch.next = outline == null ? null : forecast.after(fetch.at, outline);
        extend();
    }

    /**
     * Starts the fetch of the page after the newest one, when its bytes told where that is and there is room ahead.
     * The page started becomes the newest, so a page's successor is started once.
     */
    private void extend() {
        Fetch last = newest;
        if (chained && last != null && last.next != null && unread.size() < DEPTH) {
            unread.addLast(launch(last.next));
        }
    }

    /** One page's fetch. Its state other than {@link #page} is guarded by the read-ahead. */
    private static final class Fetch {
        private final Walk at;
        private Future<QontoPage<?>> page;
        /** Where the walk goes after this page, as its bytes tell; null before they arrived, or when it ends here. */
        private Walk next;

        Fetch(Walk at) {
            this.at = at;
        }

        /** The page, or the failure fetching it met, as if it had been fetched on the calling thread. */
        QontoPage<?> page() throws InterruptedException {
            try {
                return page.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
