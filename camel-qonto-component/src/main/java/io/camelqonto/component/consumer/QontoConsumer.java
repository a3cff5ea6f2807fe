package io.camelqonto.component.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelqonto.client.PageOutline;
import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoJson;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.QontoPage;
import io.camelqonto.client.UndecodableItem;
import io.camelqonto.client.catalog.CursorField;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.component.QontoConstants;
import io.camelqonto.component.QontoEndpoint;
import io.camelqonto.component.ResultHeaders;
import io.camelqonto.component.health.QontoConsumerHealthCheck;
import io.camelqonto.component.management.ConsumerActivity;
import io.camelqonto.model.QontoModel;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers every item of a Qonto collection once, in the order of its cursor field, and resumes after a restart
 * where it stopped.
 *
 * <p>Items change while one pages through them (an approved request leaves {@code status=pending}, an updated
 * transaction jumps to the end of {@code updated_at} order), so the page numbers of one query cannot be trusted from
 * one request to the next: a page read earlier may have lost an item, and the next page then starts one item later.
 * The walk therefore anchors each request at the last instant it read. After a page whose last item has the instant
 * {@code L}, it asks for the items from {@code L} on, whose first page starts with what it just read at {@code L} (one
 * item when instants differ): the query's order ties the pages together and an item that moved cannot be stepped
 * over. Only inside a run of items sharing one instant, longer than a page, does it read the next page of the same
 * query, since asking again from that instant would give the same first page.</p>
 *
 * <p>Exchanges are processed one at a time, in order. The cursor moves past an item only when its exchange completed
 * without exception, and is written to the state repository at once; a failure ends the poll, and the next poll asks
 * again from the cursor, so it delivers the failed item again and skips nothing after it. When a poll reaches
 * {@code maxMessagesPerPoll}, the rest of the page waits for the next poll instead of being asked for again. With
 * {@code batching}, a poll delivers the next page's new items as one exchange, and the cursor moves past them all when
 * that exchange completed without exception.</p>
 *
 * <p>Where the walk goes next is known as soon as a page is read, so while the route processes a page's items the next
 * page is already being fetched and decoded on a thread of its own, when the poll is going to use it: the time Qonto
 * and the decoding take overlaps the route's. A poll without {@code maxMessagesPerPoll} goes further and asks for a
 * page as soon as the bytes of the one before it arrived, so that Qonto's time overlaps the decoding too
 * ({@link ReadAhead}). A page read ahead is dropped unread, never delivered, when the walk goes elsewhere or the poll
 * ends otherwise.</p>
 *
 * <p>Its cursor, last polls and delivered items are JMX attributes, and its health check says why a poll failed.</p>
 */
@ManagedResource(description = "Qonto consumer")
public class QontoConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(QontoConsumer.class);

    private final QontoEndpoint endpoint;
    private final String resource;
    private final QontoOperation list;
    private final CursorField cursorField;
    private final ResultHeaders results;
    private final CursorQuery query;
    private final String stateKey;
    private final int maxPages;
    private final int perPage;
    private final boolean batching;

    private QontoClient client;
    private StateRepository<String, String> stateRepository;
    private volatile ConsumerCursor cursor;
    private final ConsumerActivity activity = new ConsumerActivity();
    /** The request to send next; null to ask from the cursor, on the next poll. */
    private Walk walk;
    /** Items read and not delivered yet: the rest of a page when a poll reached its limit. */
    private final Queue<Pending> kept = new ArrayDeque<>();
    private ExecutorService readAheadThreads;
    private ReadAhead readAhead;

    /**
     * A consumer of the endpoint's collection, read from its cursor.
     *
     * @param endpoint  an endpoint of a resource whose list has a cursor field
     * @param processor the route's processor, given each new item
     */
    public QontoConsumer(QontoEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        QontoConfiguration configuration = endpoint.getConfiguration();
        this.resource = endpoint.getResource().name();
        this.list = endpoint.getResource().consumedOperation().orElseThrow();
        this.cursorField = cursorField(list, configuration.getCursorField());
        this.results = new ResultHeaders(configuration.getOutputType());
        Map<String, List<String>> declared = endpoint.getParameters().declared(list);
        this.query = new CursorQuery(list, cursorField.name(), declared,
                () -> endpoint.sentParameters(list, declared), configuration.getPerPage());
        this.stateKey = configuration.getStateKey() != null
                ? configuration.getStateKey()
                : CursorQuery.defaultStateKey(resource, cursorField.name(), declared);
        this.maxPages = configuration.getMaxPages();
        this.perPage = configuration.getPerPage();
        this.batching = configuration.isBatching();
    }

    @Override
    public QontoEndpoint getEndpoint() {
        return endpoint;
    }

    /**
     * The cursor field named by the cursorField option, else the list's default one.
     *
     * @param list       the list operation consumed
     * @param configured the {@code cursorField} option, or null
     * @return the field; null for a list Qonto cannot read from an instant (consumed by diff)
     */
    public static CursorField cursorField(QontoOperation list, String configured) {
        List<CursorField> fields = list.cursorFields();
        return fields.stream().filter(field -> field.name().equals(configured)).findFirst()
                .orElse(fields.isEmpty() ? null : fields.get(0));
    }

    /** {@return the timestamp this consumer resumes from, with how to read it from an item} */
    public CursorField cursorField() {
        return cursorField;
    }

    /** {@return the key of this consumer's cursor in the state repository} */
    @ManagedAttribute(description = "The key of this consumer's cursor in the state repository")
    public String getStateKey() {
        return stateKey;
    }

    /** {@return the Qonto resource this consumer reads} */
    @ManagedAttribute(description = "The Qonto resource this consumer reads")
    public String getResource() {
        return resource;
    }

    /** {@return the field whose value orders the items and moves the cursor} */
    @ManagedAttribute(description = "The field whose value orders the items and moves the cursor")
    public String getCursorField() {
        return cursorField.name();
    }

    /** {@return where the consumer stands; null before it started} */
    public ConsumerCursor getCursor() {
        return cursor;
    }

    /** {@return the greatest cursor-field instant delivered, ISO-8601; null before the first} */
    @ManagedAttribute(description = "The greatest cursor-field instant delivered, ISO-8601; null before the first")
    public String getCursorInstant() {
        ConsumerCursor current = cursor;
        return current == null || current.instant() == null ? null : current.instant().toString();
    }

    /** {@return the ids of the items delivered at exactly the cursor's instant} */
    @ManagedAttribute(description = "The ids of the items delivered at exactly the cursor's instant")
    public String[] getCursorIds() {
        ConsumerCursor current = cursor;
        return current == null ? new String[0] : current.ids().toArray(new String[0]);
    }

    /** {@return the seconds between now and the cursor's instant; -1 before the first} */
    @ManagedAttribute(description = "Seconds between now and the cursor's instant; -1 before the first")
    public long getLagSeconds() {
        ConsumerCursor current = cursor;
        return current == null || current.instant() == null ? -1
                : Math.max(0, Duration.between(current.instant(), Instant.now()).toSeconds());
    }

    /** {@return when the last poll began, ISO-8601; null before the first} */
    @ManagedAttribute(description = "When the last poll began, ISO-8601")
    public String getLastPollStarted() {
        return activity.lastPollStarted() == null ? null : activity.lastPollStarted().toString();
    }

    /** {@return when the last poll that ended without error ended, ISO-8601; null before the first} */
    @ManagedAttribute(description = "When the last poll that ended without error ended, ISO-8601")
    public String getLastPollCompleted() {
        return activity.lastPollCompleted() == null ? null : activity.lastPollCompleted().toString();
    }

    /** {@return why the last poll failed; null when it did not} */
    @ManagedAttribute(description = "Why the last poll failed; null when it did not")
    public String getLastPollError() {
        Throwable error = getLastError();
        return error == null ? null : error.getMessage();
    }

    /** {@return how many items the cursor moved past since the consumer was created} */
    @ManagedAttribute(description = "Items the cursor moved past since the consumer was created")
    public long getItemsDelivered() {
        return activity.delivered();
    }

    /** {@return its polls and deliveries, for the component's meters and dev console} */
    public ConsumerActivity getActivity() {
        return activity;
    }

    @Override
    protected void doBuild() throws Exception {
        if (getHealthCheck() == null) {
            setHealthCheck(new QontoConsumerHealthCheck(this, "consumer:" + getRouteId(), list.scope()));
        }
        super.doBuild();
    }

    @Override
    protected void doStart() throws Exception {
        client = endpoint.getClient();
        // a repository given by the user may be shared with other consumers, so it is started here but never
        // stopped here (stopping a FileStateRepository empties its cache under the other consumers)
        stateRepository = endpoint.getStateRepository();
        ServiceHelper.startService(stateRepository);
        String stored = stateRepository.getState(stateKey);
        if (stored != null) {
            cursor = ConsumerCursor.fromJson(stored);
            LOG.debug("Qonto {} consumer resumes from {} (state key {})", resource, cursor, stateKey);
        } else {
            cursor = ConsumerCursor.start(endpoint.getConfiguration().getStartFrom(), Instant.now());
            if (cursor.instant() != null) {
                // kept at once, so that items arriving before the first delivery are not skipped after a restart
                stateRepository.setState(stateKey, cursor.toJson());
            }
            LOG.debug("Qonto {} consumer starts from {} (state key {})", resource, cursor, stateKey);
        }
        readAheadThreads = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newFixedThreadPool(this, "QontoReadAhead", ReadAhead.DEPTH);
        // a poll without a limit reads on to the end of the walk: each page's arrival starts the next one's fetch
        readAhead = new ReadAhead(readAheadThreads, this::fetch, this::forecast, !batching && maxMessagesPerPoll <= 0);
        // what was read before a stop may be stale: a started consumer asks again from its cursor
        restartFromCursor();
        super.doStart();
        endpoint.getComponent().monitoring().consumerStarted(this);
    }

    @Override
    protected void doStop() throws Exception {
        endpoint.getComponent().monitoring().consumerStopped(this);
        super.doStop();
        restartFromCursor();
        if (readAheadThreads != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(readAheadThreads);
            readAheadThreads = null;
        }
    }

    @Override
    protected int poll() throws Exception {
        activity.pollStarted();
        int delivered = batching
                ? pollOnePage()
                : pollItems(maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE);
        activity.pollCompleted();
        return delivered;
    }

    /** Delivers items one exchange each, up to {@code limit}, reading pages as they are used up. */
    private int pollItems(int limit) throws Exception {
        int delivered = 0;
        boolean endReached = false;
        while (delivered < limit && isBatchAllowed()) {
            if (kept.isEmpty()) {
                if (endReached) {
                    break;
                }
                endReached = !readPage();
                if (!endReached && kept.size() < limit - delivered) {
                    // this poll reads the next page after this one's items: fetch it while they are processed
                    readAhead.ahead(walk);
                }
                continue;
            }
            Queue<Object> batch = new ArrayDeque<>(Math.min(kept.size(), limit - delivered));
            while (!kept.isEmpty() && batch.size() < limit - delivered) {
                batch.add(kept.poll());
            }
            int size = batch.size();
            int processed = processBatch(batch);
            delivered += processed;
            if (processed < size) {
                restartFromCursor();
                break;
            }
        }
        return delivered;
    }

    /** Delivers the new items of the next page that has any, as one exchange. */
    private int pollOnePage() throws Exception {
        boolean endReached = false;
        while (kept.isEmpty() && !endReached && isBatchAllowed()) {
            endReached = !readPage();
        }
        if (kept.isEmpty() || !isBatchAllowed()) {
            return 0;
        }
        List<Pending> page = new ArrayList<>(kept);
        kept.clear();
        if (!deliverPage(page)) {
            restartFromCursor();
            return 0;
        }
        return 1;
    }

    /**
     * Reads the page the walk stands at, keeps its items not delivered yet, and moves the walk on.
     *
     * @return false when it was the last page: the next poll asks again from the cursor
     */
    private boolean readPage() throws InterruptedException {
        Walk at = walk != null ? walk : new Walk(cursor.instant(), 1);
        QontoPage<?> page = readAhead.read(at);
        forceConsumerAsReady();
        Instant last = null;
        int atLast = 0;
        int fresh = 0;
        for (Object item : page.inPageOrder()) {
            String id = idOf(item);
            Instant value = cursorValueOf(item);
            if (value == null && item instanceof UndecodableItem) {
                // not even its timestamp is readable: it is placed at the cursor, so that it is not passed over
                value = cursor.instant() != null ? cursor.instant() : Instant.EPOCH;
            }
            if (value != null) {
                atLast = value.equals(last) ? atLast + 1 : 1;
                last = value;
            }
            if (!cursor.covers(id, value)) {
                kept.add(new Pending(item, id, value));
                fresh++;
            }
        }
        walk = at.after(page.hasNextPage(), last, atLast, perPage, maxPages);
        LOG.debug("Qonto {} page {} from {}: {} items, {} not delivered yet; next {}", resource, at.page(), at.from(),
                page.items().size() + page.undecodable().size(), fresh, walk);
        return walk != null;
    }

    private QontoPage<?> fetch(Walk at, Consumer<PageOutline> onArrival) {
        return client.page(query.call(at.from()), at.page(), list.resultType(), cursorField.name(), onArrival);
    }

    private Walk forecast(Walk at, PageOutline outline) {
        return at.after(outline.hasNextPage(), outline.lastValue(), outline.atLastValue(), perPage, maxPages);
    }

    /** Forgets what was read ahead: the next request asks from the cursor. */
    private void restartFromCursor() {
        kept.clear();
        walk = null;
        if (readAhead != null) {
            readAhead.clear();
        }
    }

    /**
     * Processes the items of one page in order and stops at the first failure.
     *
     * @return how many items were processed successfully (and are behind the cursor now)
     */
    @Override
    public int processBatch(Queue<Object> items) throws Exception {
        int total = items.size();
        int processed = 0;
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Pending pending = (Pending) items.poll();
            Exchange exchange = createExchange(false);
            toMessage(exchange, pending);
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            if (pending.item instanceof UndecodableItem undecodable) {
                try {
                    handOver(exchange, pending, undecodable);
                    advance(pending);
                    processed++;
                } finally {
                    releaseExchange(exchange, false);
                }
                continue;
            }
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            try {
                if (exchange.getException() != null) {
                    getExceptionHandler().handleException("Qonto " + resource + " item " + pending.id
                            + " failed; it is delivered again on the next poll", exchange, exchange.getException());
                    break;
                }
                advance(pending);
                processed++;
            } finally {
                releaseExchange(exchange, false);
            }
        }
        pendingExchanges = 0;
        return processed;
    }

    /**
     * Sends the items of a page that could be read as one exchange, then hands each one that could not to the error
     * handler, and moves the cursor past them all.
     *
     * @return whether the exchange completed without exception
     */
    private boolean deliverPage(List<Pending> page) throws Exception {
        List<Object> models = new ArrayList<>(page.size());
        for (Pending pending : page) {
            if (!(pending.item instanceof UndecodableItem)) {
                models.add(pending.item);
            }
        }
        if (!models.isEmpty()) {
            Exchange exchange = createExchange(false);
            Message message = exchange.getMessage();
            results.applyList(message, models);
            message.setHeader(QontoConstants.RESOURCE, resource);
            message.setHeader(QontoConstants.CURSOR, page.get(page.size() - 1).cursorValue);
            // the poll's batch is this one exchange
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, 0);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, 1);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, true);
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            try {
                if (exchange.getException() != null) {
                    getExceptionHandler().handleException("Qonto " + resource + " page of " + models.size()
                            + " items failed; it is delivered again on the next poll", exchange,
                            exchange.getException());
                    return false;
                }
            } finally {
                releaseExchange(exchange, false);
            }
        }
        ConsumerCursor next = cursor;
        for (Pending pending : page) {
            if (pending.item instanceof UndecodableItem undecodable) {
                Exchange exchange = createExchange(false);
                toMessage(exchange, pending);
                try {
                    handOver(exchange, pending, undecodable);
                } finally {
                    releaseExchange(exchange, false);
                }
            }
            next = next.advance(pending.id, pending.cursorValue);
        }
        keep(next);
        return true;
    }

    /**
     * Gives an item that cannot be read to the error handler: it would fail the same way on every poll, so the error
     * handler takes it (a dead letter channel with bridgeErrorHandler), and the stream goes on as after any handled
     * exchange.
     */
    private void handOver(Exchange exchange, Pending pending, UndecodableItem undecodable) {
        getExceptionHandler().handleException("Qonto " + resource + " item " + pending.id + " cannot be"
                + " read; it is handed to the error handler and skipped", exchange, undecodable.error());
    }

    private void advance(Pending pending) {
        keep(cursor.advance(pending.id, pending.cursorValue));
        activity.itemDelivered();
        if (LOG.isTraceEnabled()) {
            LOG.trace("Qonto {} item {} delivered, cursor now {}", resource, pending.id, cursor);
        }
    }

    private void keep(ConsumerCursor next) {
        if (next != cursor) {
            // written before it is used, so that a crash can repeat an item but never skip one
            stateRepository.setState(stateKey, next.toJson());
            cursor = next;
        }
    }

    private void toMessage(Exchange exchange, Pending pending) {
        Message message = exchange.getMessage();
        if (pending.item instanceof UndecodableItem undecodable) {
            // the exception handler puts its own text in the body: the JSON travels in a header
            message.setBody(undecodable.json());
            message.setHeader(QontoConstants.RAW_JSON, undecodable.json());
            message.setHeader(QontoConstants.ID, pending.id);
            exchange.setException(undecodable.error());
        } else {
            results.apply(message, list, pending.item);
        }
        message.setHeader(QontoConstants.RESOURCE, resource);
        message.setHeader(QontoConstants.CURSOR, pending.cursorValue);
    }

    private static String idOf(Object item) {
        if (item instanceof UndecodableItem undecodable) {
            return undecodable.id();
        }
        return item instanceof QontoModel model ? model.id() : null;
    }

    /** The item's cursor value; for one that cannot be read, its raw timestamp if that much is readable. */
    private Instant cursorValueOf(Object item) {
        if (!(item instanceof UndecodableItem undecodable)) {
            return cursorField.valueOf(item);
        }
        try {
            JsonNode value = QontoJson.mapper().readTree(undecodable.json()).get(cursorField.name());
            return value == null || value.isNull() ? null : QontoJson.mapper().treeToValue(value, Instant.class);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** An item found on a page and not delivered yet. */
    private record Pending(Object item, String id, Instant cursorValue) {
    }
}
