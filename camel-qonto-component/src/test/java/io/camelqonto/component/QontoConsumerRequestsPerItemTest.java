package io.camelqonto.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelqonto.component.consumer.ConsumerCursor;
import io.camelqonto.model.Transaction;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What consuming costs in requests, counted in the emulator's journal at the moment the last item arrives: one request
 * per page, plus the one item each page shares with the one before it when instants differ.
 */
class QontoConsumerRequestsPerItemTest extends QontoTestSupport {

    private static final String TRANSACTIONS = "/v2/transactions";

    /** Requests the emulator had received when each exchange arrived, in arrival order. */
    private final List<Integer> requestsSeen = new CopyOnWriteArrayList<>();

    @Override
    protected void configure(QontoConfiguration configuration) {
        pointAtEmulator(configuration);
        useApiKey(configuration);
    }

    private String uri(String options) {
        // far ahead of the seeded data, so that only what a test adds is consumed
        return "qonto:transactions?bankAccountId=" + mainAccountId() + "&startFrom=2031-03-01T09:00:00Z&perPage=10"
               + "&delay=50&initialDelay=0" + options;
    }

    private MockEndpoint consume(String options, int expected) throws Exception {
        MockEndpoint delivered = getMockEndpoint("mock:delivered");
        delivered.expectedMessageCount(expected);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(options))
                        .process(e -> requestsSeen.add(apiCalls("GET", TRANSACTIONS).size()))
                        .to("mock:delivered");
            }
        });
        delivered.assertIsSatisfied(20_000);
        return delivered;
    }

    /** Adds transactions at 09:mm:ss, one per (minute, second) pair given. */
    private static List<String> addAt(int minute, int second) {
        return List.of(emulator.store().addTransaction(Map.of("updated_at",
                String.format("2031-03-01T09:%02d:%02d.000Z", minute, second))));
    }

    private static List<String> distinct(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.addAll(addAt(i / 60, i % 60));
        }
        return ids;
    }

    private static List<String> ids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(QontoConstants.ID, String.class)).toList();
    }

    @Test
    void itemsWithDistinctInstantsCostOneRequestPerPageAndTheItemEachPageRepeats() throws Exception {
        List<String> added = distinct(50);

        MockEndpoint delivered = consume("", 50);

        assertThat(ids(delivered)).containsExactlyElementsOf(added);
        // 10, then 9 new items per page (each page starts with the last item of the one before): 10+9*4+4 = 50
        assertThat(requestsSeen.get(requestsSeen.size() - 1)).isEqualTo(6);
        assertThat(apiCalls("GET", TRANSACTIONS).subList(0, 6)).extracting(QontoTestSupport::decodedQuery)
                .allSatisfy(query -> assertThat(query).contains("page=1&"));
    }

    @Test
    void runsOfItemsSharingAnInstantArePagedThroughOnceNotReadAgain() throws Exception {
        List<String> added = new ArrayList<>();
        for (int group = 0; group < 3; group++) {
            for (int i = 0; i < 25; i++) {
                added.addAll(addAt(group + 1, 0));
            }
        }

        MockEndpoint delivered = consume("", 75);

        assertThat(ids(delivered)).containsExactlyInAnyOrderElementsOf(added).doesNotHaveDuplicates();
        // per run of 25: pages 1 to 3 of its instant; where a run starts inside a page, that page is read again from
        // the run's instant (5 items seen, 5 new): 9 pages for 75 items
        assertThat(requestsSeen.get(requestsSeen.size() - 1)).isEqualTo(9);
    }

    @Test
    void aPollThatReachesItsLimitKeepsTheRestOfThePageForTheNext() throws Exception {
        List<String> added = distinct(30);

        MockEndpoint delivered = consume("&maxMessagesPerPoll=7", 30);

        assertThat(ids(delivered)).containsExactlyElementsOf(added);
        // as many requests as without a limit: 10 + 9 + 9 + 2 new items
        assertThat(requestsSeen.get(requestsSeen.size() - 1)).isEqualTo(4);
        assertThat(delivered.getReceivedExchanges()).extracting(e -> e.getProperty(Exchange.BATCH_SIZE, Integer.class))
                .allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(7));
    }

    @Test
    void withBatchingEachPageIsOneExchangeWithTheListOfItsNewItems() throws Exception {
        List<String> added = distinct(25);

        MockEndpoint delivered = consume("&batching=true&greedy=true", 3);

        List<Exchange> pages = delivered.getReceivedExchanges();
        assertThat(pages).extracting(e -> e.getMessage().getBody(List.class).size()).containsExactly(10, 9, 6);
        List<String> ids = new ArrayList<>();
        for (Exchange page : pages) {
            List<?> items = page.getMessage().getBody(List.class);
            items.forEach(item -> ids.add(((Transaction) item).id()));
            Transaction last = (Transaction) items.get(items.size() - 1);
            assertThat(page.getMessage().getHeader(QontoConstants.CURSOR)).isEqualTo(last.updatedAt());
            assertThat(page.getProperty(Exchange.BATCH_INDEX)).isEqualTo(0);
            assertThat(page.getProperty(Exchange.BATCH_SIZE)).isEqualTo(1);
            assertThat(page.getProperty(Exchange.BATCH_COMPLETE)).isEqualTo(true);
        }
        assertThat(ids).containsExactlyElementsOf(added);
        assertThat(requestsSeen).containsExactly(1, 2, 3);
    }

    @Test
    void withBatchingAFailedPageIsDeliveredAgainWholeAndTheCursorWaitsForIt() throws Exception {
        List<String> added = distinct(12);
        MemoryStateRepository cursors = new MemoryStateRepository();
        context.getRegistry().bind("cursors", cursors);
        AtomicBoolean failOnce = new AtomicBoolean(true);
        List<String> cursorWhenFailed = new CopyOnWriteArrayList<>();
        MockEndpoint delivered = getMockEndpoint("mock:delivered");
        delivered.expectedMessageCount(2);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("&batching=true&greedy=true&stateRepository=#cursors&stateKey=ledger"))
                        .process(e -> {
                            if (failOnce.getAndSet(false)) {
                                cursorWhenFailed.add(cursors.getState("ledger"));
                                throw new IllegalStateException("ledger unavailable");
                            }
                        })
                        .to("mock:delivered");
            }
        });

        delivered.assertIsSatisfied(20_000);

        List<Exchange> pages = delivered.getReceivedExchanges();
        assertThat(pages.get(0).getMessage().getBody(List.class)).extracting(item -> ((Transaction) item).id())
                .containsExactlyElementsOf(added.subList(0, 10));
        assertThat(pages.get(1).getMessage().getBody(List.class)).extracting(item -> ((Transaction) item).id())
                .containsExactlyElementsOf(added.subList(10, 12));
        // while the first page failed, the cursor still stood where the consumer started
        assertThat(ConsumerCursor.fromJson(cursorWhenFailed.get(0)).ids()).isEmpty();
        // the cursor is saved when the exchange completes, just after the mock has seen it
        await("the cursor past the second page", Duration.ofSeconds(10),
                () -> ConsumerCursor.fromJson(cursors.getState("ledger")).ids().contains(added.get(11)));
        assertThat(ConsumerCursor.fromJson(cursors.getState("ledger")).ids()).containsExactly(added.get(11));
    }

    @Test
    void theNextPageIsFetchedWhileTheRouteProcessesThisOnesItems() throws Exception {
        List<String> added = distinct(15);
        AtomicBoolean fetchedMeanwhile = new AtomicBoolean();
        MockEndpoint delivered = getMockEndpoint("mock:delivered");
        delivered.expectedMessageCount(15);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("")).process(e -> {
                    if (delivered.getReceivedCounter() == 0) {
                        // the consumer's own thread is held here: only a read ahead can send the second request
                        await("the second page's request", java.time.Duration.ofSeconds(10),
                                () -> apiCalls("GET", TRANSACTIONS).size() >= 2);
                        fetchedMeanwhile.set(true);
                    }
                }).to("mock:delivered");
            }
        });

        delivered.assertIsSatisfied(20_000);

        assertThat(fetchedMeanwhile).isTrue();
        assertThat(ids(delivered)).containsExactlyElementsOf(added);
    }

    @Test
    void withoutAPollLimitThePageAfterNextIsAskedForWhileTheRouteHoldsThisOnesFirstItem() throws Exception {
        List<String> added = distinct(50);
        List<Integer> requestsWhileHeld = new CopyOnWriteArrayList<>();
        MockEndpoint delivered = getMockEndpoint("mock:delivered");
        delivered.expectedMessageCount(50);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("")).process(e -> {
                    if (delivered.getReceivedCounter() == 0) {
                        // each page is asked for once the bytes of the one before arrived, two pages ahead at most
                        await("the requests of the two pages after this one", Duration.ofSeconds(10),
                                () -> apiCalls("GET", TRANSACTIONS).size() >= 3);
                        Thread.sleep(200);
                        requestsWhileHeld.add(apiCalls("GET", TRANSACTIONS).size());
                    }
                }).to("mock:delivered");
            }
        });

        delivered.assertIsSatisfied(20_000);

        assertThat(requestsWhileHeld).containsExactly(3);
        assertThat(ids(delivered)).containsExactlyElementsOf(added);
        // asking early costs no request: the same 6 as one page after the other
        assertThat(apiCalls("GET", TRANSACTIONS)).hasSize(6);
    }
}
