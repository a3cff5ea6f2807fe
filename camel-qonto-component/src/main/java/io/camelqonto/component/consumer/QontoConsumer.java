package io.camelqonto.component.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

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
 * transaction jumps to the end of {@code updated_at} order), so page numbers of one query cannot be trusted across
 * deliveries. Each round therefore asks for the first page from the current cursor, delivers what it has not
 * delivered yet, advances the cursor, and asks again. Only when a whole page was delivered before (many items sharing
 * the cursor's instant) does it read the next page of the same query.</p>
 *
 * <p>Exchanges are processed one at a time, in order. The cursor moves past an item only when its exchange completed
 * without exception, and is written to the state repository at once; a failure ends the poll, so the next poll
 * delivers the failed item again and nothing after it is skipped.</p>
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

    private QontoClient client;
    private StateRepository<String, String> stateRepository;
    private volatile ConsumerCursor cursor;
    private final ConsumerActivity activity = new ConsumerActivity();

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
    }

    @Override
    public QontoEndpoint getEndpoint() {
        return endpoint;
    }

    /** The cursor field named by the cursorField option, else the list's default one. */
    public static CursorField cursorField(QontoOperation list, String configured) {
        return list.cursorFields().stream().filter(field -> field.name().equals(configured))
                .findFirst().orElse(list.cursorFields().get(0));
    }

    /** The timestamp this consumer resumes from, with how to read it from an item. */
    public CursorField cursorField() {
        return cursorField;
    }

    /** The key of this consumer's cursor in the state repository. */
    @ManagedAttribute(description = "The key of this consumer's cursor in the state repository")
    public String getStateKey() {
        return stateKey;
    }

    @ManagedAttribute(description = "The Qonto resource this consumer reads")
    public String getResource() {
        return resource;
    }

    @ManagedAttribute(description = "The field whose value orders the items and moves the cursor")
    public String getCursorField() {
        return cursorField.name();
    }

    /** Where the consumer stands; null before it started. */
    public ConsumerCursor getCursor() {
        return cursor;
    }

    @ManagedAttribute(description = "The greatest cursor-field instant delivered, ISO-8601; null before the first")
    public String getCursorInstant() {
        ConsumerCursor current = cursor;
        return current == null || current.instant() == null ? null : current.instant().toString();
    }

    @ManagedAttribute(description = "The ids of the items delivered at exactly the cursor's instant")
    public String[] getCursorIds() {
        ConsumerCursor current = cursor;
        return current == null ? new String[0] : current.ids().toArray(new String[0]);
    }

    @ManagedAttribute(description = "Seconds between now and the cursor's instant; -1 before the first")
    public long getLagSeconds() {
        ConsumerCursor current = cursor;
        return current == null || current.instant() == null ? -1
                : Math.max(0, Duration.between(current.instant(), Instant.now()).toSeconds());
    }

    @ManagedAttribute(description = "When the last poll began, ISO-8601")
    public String getLastPollStarted() {
        return activity.lastPollStarted() == null ? null : activity.lastPollStarted().toString();
    }

    @ManagedAttribute(description = "When the last poll that ended without error ended, ISO-8601")
    public String getLastPollCompleted() {
        return activity.lastPollCompleted() == null ? null : activity.lastPollCompleted().toString();
    }

    @ManagedAttribute(description = "Why the last poll failed; null when it did not")
    public String getLastPollError() {
        Throwable error = getLastError();
        return error == null ? null : error.getMessage();
    }

    @ManagedAttribute(description = "Items the cursor moved past since the consumer was created")
    public long getItemsDelivered() {
        return activity.delivered();
    }

    /** Its polls and deliveries, for the component's meters and dev console. */
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
        super.doStart();
        endpoint.getComponent().monitoring().consumerStarted(this);
    }

    @Override
    protected void doStop() throws Exception {
        endpoint.getComponent().monitoring().consumerStopped(this);
        super.doStop();
    }

    @Override
    protected int poll() throws Exception {
        activity.pollStarted();
        int limit = maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
        int delivered = 0;
        int page = 1;
        while (delivered < limit && isBatchAllowed()) {
            QontoPage<?> result = client.page(query.call(cursor), page, list.resultType());
            forceConsumerAsReady();
            Queue<Object> fresh = new ArrayDeque<>();
            for (Object item : result.inPageOrder()) {
                String id = idOf(item);
                Instant value = cursorValueOf(item);
                if (value == null && item instanceof UndecodableItem) {
                    // not even its timestamp is readable: it is placed at the cursor, so that it is not passed over
                    value = cursor.instant() != null ? cursor.instant() : Instant.EPOCH;
                }
                if (fresh.size() < limit - delivered && !cursor.covers(id, value)) {
                    fresh.add(new Pending(item, id, value));
                }
            }
            LOG.debug("Qonto {} page {} from {}: {} items, {} not delivered yet", resource, page, cursor,
                    result.items().size(), fresh.size());
            if (fresh.isEmpty()) {
                if (!result.hasNextPage() || page >= maxPages) {
                    break;
                }
                // nothing here to deliver (items sharing the cursor's instant, or without a value yet): look further
                page++;
                continue;
            }
            int batch = fresh.size();
            int processed = processBatch(fresh);
            delivered += processed;
            if (processed < batch || !result.hasNextPage()) {
                break;
            }
            // the cursor moved: ask again from it rather than trust the page numbers of a list that changes
            page = 1;
        }
        activity.pollCompleted();
        return delivered;
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
            Exchange exchange = toExchange(pending);
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            if (pending.item instanceof UndecodableItem undecodable) {
                // it would fail the same way on every poll: the error handler takes it (a dead letter channel with
                // bridgeErrorHandler), and the stream goes on as after any handled exchange
                try {
                    getExceptionHandler().handleException("Qonto " + resource + " item " + pending.id + " cannot be"
                            + " read; it is handed to the error handler and skipped", exchange, undecodable.error());
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

    private void advance(Pending pending) {
        ConsumerCursor next = cursor.advance(pending.id, pending.cursorValue);
        // written before it is used, so that a crash can repeat an item but never skip one
        stateRepository.setState(stateKey, next.toJson());
        cursor = next;
        activity.itemDelivered();
        LOG.trace("Qonto {} item {} delivered, cursor now {}", resource, pending.id, cursor);
    }

    private Exchange toExchange(Pending pending) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        if (pending.item instanceof UndecodableItem undecodable) {
            // the exception handler puts its own text in the body: the JSON travels in a header
            message.setBody(undecodable.json());
            message.setHeader(QontoConstants.RAW_JSON, undecodable.json());
            message.setHeader(QontoConstants.ID, pending.id);
            message.setHeader(QontoConstants.RESOURCE, resource);
            exchange.setException(undecodable.error());
        } else {
            results.apply(message, list, pending.item);
        }
        message.setHeader(QontoConstants.RESOURCE, resource);
        message.setHeader(QontoConstants.CURSOR, pending.cursorValue);
        return exchange;
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
