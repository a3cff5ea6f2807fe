package io.camelqonto.component.consumer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.QontoPage;
import io.camelqonto.client.UndecodableItem;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.component.QontoConstants;
import io.camelqonto.component.QontoEndpoint;
import io.camelqonto.component.ResultHeaders;
import io.camelqonto.component.hook.OperationHook;
import io.camelqonto.component.hook.OperationHooks;
import io.camelqonto.model.QontoModel;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers every item of a Qonto collection that cannot be filtered on a time (cards, teams, memberships, ...) once,
 * and again each time its content changes, by comparing each poll's items with what was delivered: their ids and the
 * hashes of their contents, kept in the state repository.
 *
 * <p>Each poll reads the whole collection, page after page (at most {@code maxPages}), then delivers the new and the
 * changed items in Qonto's order, one at a time. An item counts as delivered only when its exchange completed without
 * exception, and the state is written at once: a failure ends the poll, so the next poll delivers the failed item
 * again and nothing after it is skipped; a crash can repeat an item, never lose one. An item Qonto no longer lists is
 * forgotten (not delivered) once a poll has read the whole collection.</p>
 *
 * <p>Limits: a change that is undone between two polls is not seen; an item that moves between pages while a poll
 * reads them may be read on the next poll only; and since every poll reads every page, a large collection costs as
 * many calls per poll as it has pages.</p>
 */
public class DiffingConsumer extends ScheduledBatchPollingConsumer {

    /** {@code CamelQontoChange}: the item was not delivered before. */
    public static final String NEW = "new";
    /** {@code CamelQontoChange}: the item was delivered before, with other content. */
    public static final String CHANGED = "changed";

    private static final Logger LOG = LoggerFactory.getLogger(DiffingConsumer.class);

    private final QontoEndpoint endpoint;
    private final String resource;
    private final QontoOperation list;
    private final ResultHeaders results;
    private final Map<String, List<String>> declared;
    private final List<OperationHook> hooks;
    private final String stateKey;
    private final boolean fromNow;
    private final int perPage;
    private final int maxPages;

    private QontoClient client;
    private StateRepository<String, String> stateRepository;
    /** Null until the first poll of a consumer that starts from now has taken the collection as it is. */
    private DiffState state;

    /**
     * A consumer of the endpoint's collection, compared whole with what it delivered before.
     *
     * @param endpoint  an endpoint of a resource whose list has no cursor field
     * @param processor the route's processor, given each new or changed item
     */
    public DiffingConsumer(QontoEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        QontoConfiguration configuration = endpoint.getConfiguration();
        this.resource = endpoint.getResource().name();
        this.list = endpoint.getResource().consumedOperation().orElseThrow();
        this.results = new ResultHeaders(configuration.getOutputType());
        this.declared = endpoint.getParameters().declared(list);
        this.hooks = OperationHooks.of(list);
        this.stateKey = configuration.getStateKey() != null
                ? configuration.getStateKey()
                // the collections of two parents are two streams
                : CursorQuery.defaultStateKey(endpoint.getParentId() == null ? resource
                        : resource + "/" + endpoint.getParentId(), "diff", declared);
        this.fromNow = ConsumerCursor.NOW.equals(configuration.getStartFrom());
        this.perPage = configuration.getPerPage();
        this.maxPages = configuration.getMaxPages();
    }

    @Override
    public QontoEndpoint getEndpoint() {
        return endpoint;
    }

    /** {@return the key of this consumer's state in the state repository} */
    public String getStateKey() {
        return stateKey;
    }

    @Override
    protected void doStart() throws Exception {
        client = endpoint.getClient();
        // a repository given by the user may be shared with other consumers: started here, never stopped here
        stateRepository = endpoint.getStateRepository();
        ServiceHelper.startService(stateRepository);
        String stored = stateRepository.getState(stateKey);
        state = stored != null ? DiffState.fromJson(stored) : fromNow ? null : DiffState.empty();
        LOG.debug("Qonto {} consumer starts with {} (state key {})", resource, state, stateKey);
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        Walk walk = walk();
        forceConsumerAsReady();
        if (state == null) {
            // starting from now: what is listed now is where the changes start from
            state = baseline(walk);
            stateRepository.setState(stateKey, state.toJson());
            LOG.debug("Qonto {} consumer took {} items as they are", resource, state.size());
            return 0;
        }
        int limit = maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
        Queue<Object> changes = new ArrayDeque<>();
        for (Pending pending : walk.changed()) {
            if (changes.size() >= limit) {
                break;
            }
            changes.add(pending);
        }
        int delivered = changes.isEmpty() ? 0 : processBatch(changes);
        if (walk.complete() && delivered == walk.changed().size()) {
            DiffState pruned = state.retaining(walk.keys());
            if (pruned != state) {
                stateRepository.setState(stateKey, pruned.toJson());
                state = pruned;
            }
        }
        return delivered;
    }

    /** Reads the collection, page after page, and notes what is new or changed since the last delivery. */
    private Walk walk() {
        QontoCall.Builder builder = QontoCall.of(list);
        // a collection read under the object it belongs to (a transaction's attachments)
        list.pathParameters().forEach(parameter -> builder.pathParam(parameter.name(), endpoint.getParentId()));
        endpoint.sentParameters(list, declared).forEach(builder::queryAll);
        QontoCall call = builder.query("per_page", perPage).build();
        Set<String> keys = new HashSet<>();
        List<Pending> changed = new ArrayList<>();
        boolean complete = false;
        for (int page = 1; page <= maxPages && isRunAllowed(); page++) {
            QontoPage<?> result = client.page(call, page, list.resultType());
            for (Object item : result.inPageOrder()) {
                if (!(item instanceof UndecodableItem) && !accepted(item)) {
                    continue;
                }
                String hash = ContentHash.of(item);
                String key = keyOf(item, hash);
                if (keys.add(key) && (state == null || !state.covers(key, hash))) {
                    changed.add(new Pending(item, key, hash, state != null && state.knows(key) ? CHANGED : NEW));
                }
            }
            if (!result.hasNextPage()) {
                complete = true;
                break;
            }
        }
        LOG.debug("Qonto {}: {} items listed, {} new or changed{}", resource, keys.size(), changed.size(),
                complete ? "" : " (maxPages reached before the last page)");
        return new Walk(keys, changed, complete);
    }

    /** Whether the item passes the filters the list's hooks apply themselves (an IBAN filter, say). */
    private boolean accepted(Object item) {
        return hooks.stream().allMatch(hook -> hook.accepts(item, declared));
    }

    private DiffState baseline(Walk walk) {
        DiffState baseline = DiffState.empty();
        for (Pending pending : walk.changed()) {
            baseline = baseline.with(pending.key(), pending.hash());
        }
        return baseline;
    }

    /**
     * Processes the new and changed items in order and stops at the first failure.
     *
     * @return how many items were processed successfully (and are in the state now)
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
            try {
                if (pending.item() instanceof UndecodableItem undecodable) {
                    // it would fail the same way on every poll: the error handler takes it, and the stream goes on
                    getExceptionHandler().handleException("Qonto " + resource + " item " + pending.key()
                            + " cannot be read; it is handed to the error handler and skipped", exchange,
                            undecodable.error());
                } else {
                    try {
                        getProcessor().process(exchange);
                    } catch (Exception e) {
                        exchange.setException(e);
                    }
                    if (exchange.getException() != null) {
                        getExceptionHandler().handleException("Qonto " + resource + " item " + pending.key()
                                + " failed; it is delivered again on the next poll", exchange,
                                exchange.getException());
                        break;
                    }
                }
                delivered(pending);
                processed++;
            } finally {
                releaseExchange(exchange, false);
            }
        }
        pendingExchanges = 0;
        return processed;
    }

    private void delivered(Pending pending) {
        DiffState next = state.with(pending.key(), pending.hash());
        // written before it is used, so that a crash can repeat an item but never skip one
        stateRepository.setState(stateKey, next.toJson());
        state = next;
    }

    private Exchange toExchange(Pending pending) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        if (pending.item() instanceof UndecodableItem undecodable) {
            // the exception handler puts its own text in the body: the JSON travels in a header
            message.setBody(undecodable.json());
            message.setHeader(QontoConstants.RAW_JSON, undecodable.json());
            message.setHeader(QontoConstants.ID, undecodable.id());
            exchange.setException(undecodable.error());
        } else {
            results.apply(message, list, pending.item());
        }
        message.setHeader(QontoConstants.RESOURCE, resource);
        message.setHeader(QontoConstants.CHANGE, pending.change());
        return exchange;
    }

    /** The item's id; an item without one is known by its content. */
    private static String keyOf(Object item, String hash) {
        String id = item instanceof UndecodableItem undecodable ? undecodable.id()
                : item instanceof QontoModel model ? model.id() : null;
        return id != null ? id : "#" + hash;
    }

    /** A new or changed item, and whether it is new. */
    private record Pending(Object item, String key, String hash, String change) {
    }

    /**
     * One reading of the collection.
     *
     * @param keys     every item listed
     * @param changed  the new and changed ones, in Qonto's order
     * @param complete whether the last page was read
     */
    private record Walk(Set<String> keys, List<Pending> changed, boolean complete) {
    }
}
