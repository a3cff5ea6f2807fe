package io.camelqonto.component.webhook;

import java.util.function.Supplier;

import io.camelqonto.client.webhook.WebhookEvent;
import io.camelqonto.component.QontoEndpoint;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;

/**
 * Hands a verified event to the route once: its id is claimed in the idempotent repository before the route runs and
 * released when the route fails, so that a retry, a duplicate or a concurrent delivery of the same event never
 * reaches the route twice, while a failed one is delivered by Qonto's next try. With gap fill, the event also goes
 * through the poll's cursor and deduplication ({@link GapFill}).
 */
final class EventDelivery {

    private static final String EVENT_KEY = "qonto-event:";

    private final QontoEndpoint endpoint;
    private final Processor route;
    private final IdempotentRepository repository;
    private final EventItems items;
    private final EventFilter filter;
    private final GapFill gapFill;

    EventDelivery(QontoEndpoint endpoint, Processor route, IdempotentRepository repository, EventItems items,
            EventFilter filter, GapFill gapFill) {
        this.endpoint = endpoint;
        this.route = route;
        this.repository = repository;
        this.items = items;
        this.filter = filter;
        this.gapFill = gapFill;
    }

    /** Whether the event reached the route (or was left out) already. */
    boolean seen(String eventId) {
        return repository.contains(EVENT_KEY + eventId);
    }

    Delivery deliver(WebhookEvent event) {
        String key = EVENT_KEY + event.id();
        if (!repository.add(key)) {
            return Delivery.duplicate("event " + event.id() + " was received before");
        }
        Delivery delivery = null;
        try {
            delivery = deliverOnce(event);
            return delivery;
        } finally {
            // an exception leaves no delivery: the event is released for Qonto's next try, as after a failure
            if (delivery != null && delivery.settled()) {
                repository.confirm(key);
            } else {
                repository.remove(key);
            }
        }
    }

    private Delivery deliverOnce(WebhookEvent event) {
        if (!filter.accepts(event.resource())) {
            return Delivery.skipped("the endpoint's filters leave it out");
        }
        Object item;
        try {
            item = items.decode(event);
        } catch (InvalidInputException e) {
            return Delivery.refused(e.getMessage());
        }
        Supplier<Delivery> run = () -> run(event, item);
        return gapFill == null ? run.get() : gapFill.deliver(items.id(item), items.cursorValue(item), run);
    }

    private Delivery run(WebhookEvent event, Object item) {
        Exchange exchange = endpoint.createExchange();
        items.apply(exchange.getMessage(), event, item);
        try {
            route.process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        return exchange.getException() == null ? Delivery.delivered() : Delivery.failed(exchange.getException());
    }
}
