package io.camelqonto.component.webhook;

import java.time.Instant;
import java.util.function.Supplier;

import io.camelqonto.component.QontoConstants;
import io.camelqonto.component.QontoEndpoint;
import io.camelqonto.component.consumer.ConsumerCursor;
import io.camelqonto.component.consumer.QontoConsumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polling behind the webhook: the endpoint's own polling consumer runs every {@code delay} and walks the resource in
 * the order of its cursor, so an event Qonto lost, or one from before the subscription, still reaches the route.
 * Both ways into the route share one record of what was delivered: a version of an item (its id and cursor value,
 * e.g. its {@code updated_at}) is delivered once, whichever way comes first. A version behind the poll's cursor went
 * through already; one ahead of it that the webhook delivered is remembered in the idempotent repository, and the
 * poll steps over it. Deliveries are made one at a time, so the check and the delivery cannot interleave.
 */
final class GapFill {

    private static final Logger LOG = LoggerFactory.getLogger(GapFill.class);
    private static final String VERSION_KEY = "qonto-item:";

    private final Object lock = new Object();
    private final QontoEndpoint endpoint;
    private final IdempotentRepository repository;
    private QontoConsumer poll;

    GapFill(QontoEndpoint endpoint, IdempotentRepository repository) {
        this.endpoint = endpoint;
        this.repository = repository;
    }

    void start(Processor route) throws Exception {
        poll = (QontoConsumer) endpoint.createConsumer(exchange -> fromPoll(exchange, route));
        ServiceHelper.startService(poll);
    }

    void stop() {
        ServiceHelper.stopService(poll);
    }

    /** A pushed event's item, delivered by {@code run} unless the poll delivered this version already. */
    Delivery deliver(String id, Instant cursorValue, Supplier<Delivery> run) {
        synchronized (lock) {
            if (cursorValue == null) {
                return Delivery.skipped("it has no " + poll.cursorField().name() + " yet: the poll delivers it"
                        + " once it has");
            }
            if (cursor().covers(id, cursorValue)) {
                return Delivery.duplicate("the poll delivered this version already");
            }
            String key = versionKey(id, cursorValue);
            if (repository.contains(key)) {
                return Delivery.duplicate("this version was delivered already");
            }
            Delivery delivery = run.get();
            if (delivery.outcome() == Delivery.Outcome.DELIVERED) {
                repository.add(key);
            }
            return delivery;
        }
    }

    /** An item the poll found: to the route, unless the webhook delivered this version already. */
    private void fromPoll(Exchange exchange, Processor route) throws Exception {
        String id = exchange.getMessage().getHeader(QontoConstants.ID, String.class);
        Instant cursorValue = exchange.getMessage().getHeader(QontoConstants.CURSOR, Instant.class);
        String key = versionKey(id, cursorValue);
        synchronized (lock) {
            if (repository.contains(key)) {
                LOG.trace("Qonto {} item {} was pushed already; the poll steps over it", endpoint.getResource(), id);
                return;
            }
            route.process(exchange);
            if (exchange.getException() == null) {
                repository.add(key);
            }
        }
    }

    private ConsumerCursor cursor() {
        StateRepository<String, String> states = endpoint.getStateRepository();
        String stored = states.getState(poll.getStateKey());
        return stored == null ? ConsumerCursor.start(ConsumerCursor.BEGINNING, Instant.now())
                : ConsumerCursor.fromJson(stored);
    }

    private String versionKey(String id, Instant cursorValue) {
        return VERSION_KEY + endpoint.getResource().name() + ":" + id + "@" + cursorValue;
    }
}
