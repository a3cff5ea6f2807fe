package io.camelqonto.component.webhook;

import java.nio.charset.StandardCharsets;

import io.camelqonto.client.webhook.WebhookEvent;
import io.camelqonto.component.QontoConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.Producer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Answers Qonto as soon as a verified event is handed to another endpoint, and runs the route from there: Qonto wants
 * its answer within a second, which a route that calls other systems may not manage. The event travels as the JSON
 * Qonto sent, so any queue can carry it; how safe it is there is the queue's to say (an in-memory {@code seda:}
 * queue loses what it holds when the application stops; a persistent one does not). An event the route fails on is
 * the queue consumer's failure, handled as that endpoint handles failures.
 */
final class HandOff {

    private final CamelContext context;
    private final String uri;
    private final EventDelivery delivery;
    private Endpoint target;
    private Producer producer;
    private Consumer consumer;

    HandOff(CamelContext context, String uri, EventDelivery delivery) {
        this.context = context;
        this.uri = uri;
        this.delivery = delivery;
    }

    void start() throws Exception {
        target = context.getEndpoint(uri);
        // while the context is still starting, the endpoint it hands out may not be started yet, and a seda endpoint
        // has no queue until it is
        ServiceHelper.startService(target);
        producer = target.createProducer();
        consumer = target.createConsumer(this::receive);
        ServiceHelper.startService(producer, consumer);
    }

    void stop() {
        ServiceHelper.stopService(consumer, producer);
    }

    /** @return null once the endpoint took the event; else why it did not */
    Exception send(byte[] body, String eventId) {
        Exchange exchange = target.createExchange(ExchangePattern.InOnly);
        exchange.getMessage().setBody(new String(body, StandardCharsets.UTF_8));
        exchange.getMessage().setHeader(QontoConstants.EVENT_ID, eventId);
        try {
            producer.process(exchange);
        } catch (Exception e) {
            return e;
        }
        return exchange.getException();
    }

    private void receive(Exchange exchange) throws Exception {
        WebhookEvent event = WebhookEvent.parse(exchange.getMessage().getBody(byte[].class));
        Delivery result = delivery.deliver(event);
        if (result.outcome() == Delivery.Outcome.FAILED) {
            throw result.failure();
        }
        if (result.outcome() == Delivery.Outcome.REFUSED) {
            throw new IllegalArgumentException("Qonto event " + event.id() + ": " + result.reason());
        }
    }
}
