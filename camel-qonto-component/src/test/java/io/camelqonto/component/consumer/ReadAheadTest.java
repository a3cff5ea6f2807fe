package io.camelqonto.component.consumer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.camelqonto.client.PageOutline;
import io.camelqonto.client.QontoPage;
import io.camelqonto.client.error.QontoTransportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read-ahead asks for each page as soon as the bytes of the one before arrived, at most two pages ahead of the
 * poll, and never hands the poll a page it did not name: the pages fetched ahead before the one named are dropped, and
 * the named one is fetched unless it is among them.
 */
@Timeout(30)
class ReadAheadTest {

    private static final Instant T0 = Instant.parse("2025-01-06T08:00:00Z");
    private static final int PER_PAGE = 10;

    /** More threads than the read-ahead needs, so that a fetch starts as soon as it is asked for. */
    private final ExecutorService threads = Executors.newFixedThreadPool(ReadAhead.DEPTH + 2);
    /** The pages fetched, in the order their fetch started. */
    private final BlockingQueue<Walk> fetched = new LinkedBlockingQueue<>();
    /** Per page, what its bytes say when they arrive; a page without one arrives with no outline. */
    private final Map<Walk, PageOutline> outlines = new ConcurrentHashMap<>();
    /** Per page, a latch its decoding waits for after its arrival; pages without one are decoded at once. */
    private final Map<Walk, CountDownLatch> decoding = new ConcurrentHashMap<>();
    /** Pages whose fetch was interrupted. */
    private final BlockingQueue<Walk> interrupted = new LinkedBlockingQueue<>();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private static Walk walk(int second, int page) {
        return new Walk(T0.plusSeconds(second), page);
    }

    /** Page {@code walk}'s bytes say that the walk goes on from {@code second} next. */
    private void forecast(Walk walk, int second) {
        outlines.put(walk, new PageOutline(T0.plusSeconds(second), 1, true));
    }

    private ReadAhead readAhead(boolean chained) {
        ReadAhead.Fetcher fetcher = (at, onArrival) -> fetch(at, onArrival);
        return new ReadAhead(threads, fetcher,
                (at, outline) -> at.after(outline.hasNextPage(), outline.lastValue(), outline.atLastValue(), PER_PAGE,
                        100), chained);
    }

    private QontoPage<?> fetch(Walk at, Consumer<PageOutline> onArrival) {
        fetched.add(at);
        onArrival.accept(outlines.get(at));
        CountDownLatch held = decoding.get(at);
        if (held != null) {
            try {
                held.await();
            } catch (InterruptedException e) {
                interrupted.add(at);
                throw new QontoTransportException("Interrupted while calling Qonto", e);
            }
        }
        return new QontoPage<>(List.of(at), null);
    }

    /** The fake pages hold the walk they were fetched for as their one item. */
    private static List<Object> itemsOf(QontoPage<?> page) {
        return List.copyOf(page.items());
    }

    private Walk nextFetched() throws InterruptedException {
        return fetched.poll(10, TimeUnit.SECONDS);
    }

    private Walk fetchedWithin(long millis) throws InterruptedException {
        return fetched.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Test
    void eachArrivalStartsTheNextFetchUpToTwoPagesAheadOfThePoll() throws Exception {
        Walk first = walk(0, 1);
        Walk second = walk(1, 1);
        Walk third = walk(2, 1);
        Walk fourth = walk(3, 1);
        forecast(first, 1);
        forecast(second, 2);
        forecast(third, 3);
        forecast(fourth, 4);
        decoding.put(second, new CountDownLatch(1));
        decoding.put(third, new CountDownLatch(1));
        ReadAhead readAhead = readAhead(true);

        assertThat(itemsOf(readAhead.read(first))).containsExactly(first);

        // the second and third pages are asked for while the second one is still being decoded
        assertThat(nextFetched()).isEqualTo(first);
        assertThat(nextFetched()).isEqualTo(second);
        assertThat(nextFetched()).isEqualTo(third);
        assertThat(fetchedWithin(200)).as("a third page ahead").isNull();

        readAhead.ahead(second);
        assertThat(fetchedWithin(200)).as("the page named is the one fetched ahead already").isNull();
        decoding.get(second).countDown();
        assertThat(itemsOf(readAhead.read(second))).containsExactly(second);
        // reading one page makes room for one more
        assertThat(nextFetched()).isEqualTo(fourth);
        decoding.get(third).countDown();
        assertThat(itemsOf(readAhead.read(third))).containsExactly(third);
    }

    @Test
    void pagesFetchedOnForecastsTheDecodedPageContradictsAreDropped() throws Exception {
        Walk first = walk(0, 1);
        Walk forecastSecond = walk(1, 1);
        Walk forecastThird = walk(2, 1);
        Walk actualSecond = walk(1, 2);
        forecast(first, 1);
        forecast(forecastSecond, 2);
        decoding.put(forecastSecond, new CountDownLatch(1));
        decoding.put(forecastThird, new CountDownLatch(1));
        ReadAhead readAhead = readAhead(true);

        readAhead.read(first);
        assertThat(nextFetched()).isEqualTo(first);
        assertThat(nextFetched()).isEqualTo(forecastSecond);
        assertThat(nextFetched()).isEqualTo(forecastThird);

        readAhead.ahead(actualSecond);

        assertThat(nextFetched()).isEqualTo(actualSecond);
        assertThat(interrupted.poll(10, TimeUnit.SECONDS)).isIn(forecastSecond, forecastThird);
        assertThat(interrupted.poll(10, TimeUnit.SECONDS)).isIn(forecastSecond, forecastThird);
        assertThat(itemsOf(readAhead.read(actualSecond))).containsExactly(actualSecond);
    }

    @Test
    void aPageFurtherAheadThatIsTheOneNamedIsKeptAndOnlyThoseBeforeItDropped() throws Exception {
        Walk first = walk(0, 1);
        Walk forecastSecond = walk(1, 1);
        Walk actualSecond = walk(1, 2);
        forecast(first, 1);
        // the page fetched on a wrong forecast says where the walk really goes: the second page of its instant
        outlines.put(forecastSecond, new PageOutline(T0.plusSeconds(1), PER_PAGE, true));
        decoding.put(forecastSecond, new CountDownLatch(1));
        decoding.put(actualSecond, new CountDownLatch(1));
        ReadAhead readAhead = readAhead(true);
        readAhead.read(first);
        assertThat(nextFetched()).isEqualTo(first);
        assertThat(nextFetched()).isEqualTo(forecastSecond);
        assertThat(nextFetched()).isEqualTo(actualSecond);

        readAhead.ahead(actualSecond);

        assertThat(interrupted.poll(10, TimeUnit.SECONDS)).isEqualTo(forecastSecond);
        assertThat(fetchedWithin(200)).as("the page named, fetched again").isNull();
        decoding.get(actualSecond).countDown();
        assertThat(itemsOf(readAhead.read(actualSecond))).containsExactly(actualSecond);
    }

    @Test
    void readingAnotherPageThanTheOneFetchedAheadDropsItAndFetchesThatOne() throws Exception {
        Walk first = walk(0, 1);
        Walk second = walk(1, 1);
        decoding.put(second, new CountDownLatch(1));
        ReadAhead readAhead = readAhead(false);
        readAhead.ahead(second);
        assertThat(nextFetched()).isEqualTo(second);

        assertThat(itemsOf(readAhead.read(first))).containsExactly(first);

        assertThat(nextFetched()).isEqualTo(first);
        assertThat(interrupted.poll(10, TimeUnit.SECONDS)).isEqualTo(second);
    }

    @Test
    void unchainedOnlyThePageNamedIsFetchedAhead() throws Exception {
        Walk first = walk(0, 1);
        Walk second = walk(1, 1);
        forecast(first, 1);
        forecast(second, 2);
        ReadAhead readAhead = readAhead(false);

        readAhead.read(first);
        assertThat(nextFetched()).isEqualTo(first);
        assertThat(fetchedWithin(200)).isNull();

        readAhead.ahead(second);
        assertThat(nextFetched()).isEqualTo(second);
        assertThat(fetchedWithin(200)).isNull();
    }

    @Test
    void aPageWithoutOutlineOrAtTheEndStartsNothing() throws Exception {
        Walk first = walk(0, 1);
        Walk last = walk(1, 1);
        outlines.put(last, new PageOutline(T0.plusSeconds(1), 1, false));
        ReadAhead readAhead = readAhead(true);

        readAhead.read(first);
        readAhead.read(last);

        assertThat(nextFetched()).isEqualTo(first);
        assertThat(nextFetched()).isEqualTo(last);
        assertThat(fetchedWithin(200)).isNull();
    }

    @Test
    void anAnswerThatArrivesTwiceStartsTheNextFetchOnce() throws Exception {
        Walk first = walk(0, 1);
        Walk second = walk(1, 1);
        ReadAhead readAhead = new ReadAhead(threads, (at, onArrival) -> {
            fetched.add(at);
            // a garbled answer and the one sent again after it
            onArrival.accept(new PageOutline(T0.plusSeconds(at.equals(first) ? 1 : 2), 1, true));
            onArrival.accept(new PageOutline(T0.plusSeconds(at.equals(first) ? 1 : 2), 1, true));
            return new QontoPage<>(List.of(at), null);
        }, (at, outline) -> at.equals(first) ? second : null, true);

        readAhead.read(first);

        assertThat(nextFetched()).isEqualTo(first);
        assertThat(nextFetched()).isEqualTo(second);
        assertThat(fetchedWithin(200)).isNull();
    }

    @Test
    void aFailedFetchFailsTheReadWithItsOwnException() {
        QontoTransportException failure = new QontoTransportException("connection reset", null);
        ReadAhead readAhead = new ReadAhead(threads, (at, onArrival) -> {
            throw failure;
        }, (at, outline) -> null, true);

        assertThatThrownBy(() -> readAhead.read(walk(0, 1))).isSameAs(failure);
    }
}
