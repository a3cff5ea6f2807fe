package io.camelqonto.component.webhook;

import java.time.Duration;
import java.time.Instant;

import io.camelqonto.client.webhook.WebhookEvent;
import io.camelqonto.client.webhook.WebhookSignature;
import io.camelqonto.client.webhook.WebhookTopic;
import io.camelqonto.client.webhook.WebhookVerificationException;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.component.QontoEndpoint;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes Qonto's POSTs for a {@code webhook:qonto:<topic>} route: refuses with a 4xx, before anything reaches the
 * route, a delivery that is unsigned, signed with another secret or over another body, signed outside the
 * tolerance, or the very same signed request again; answers 2xx once the event is delivered to the route, or handed
 * off, or known to have been delivered; and 5xx when it could not be, so that Qonto sends it again.
 */
final class WebhookReceiver extends ServiceSupport implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

    private final QontoWebhook webhook;
    private final QontoEndpoint endpoint;
    private final QontoConfiguration configuration;
    private final WebhookTopic topic;
    private final Processor route;
    private EventDelivery delivery;
    private GapFill gapFill;
    private HandOff handOff;

    WebhookReceiver(QontoWebhook webhook, WebhookTopic topic, Processor route) {
        this.webhook = webhook;
        this.endpoint = webhook.endpoint();
        this.configuration = endpoint.getConfiguration();
        this.topic = topic;
        this.route = route;
    }

    @Override
    protected void doStart() throws Exception {
        webhook.checkSecretSource();
        // a repository given by the user may be shared: it is started here but never stopped here
        IdempotentRepository repository = webhook.repository();
        ServiceHelper.startService(repository);
        gapFill = configuration.isGapFill() ? new GapFill(endpoint, repository) : null;
        delivery = new EventDelivery(endpoint, route, repository,
                EventItems.of(topic, endpoint.getResource(), configuration),
                EventFilter.of(endpoint, endpoint.getResource().consumedOperation()), gapFill);
        if (gapFill != null) {
            gapFill.start(route);
        }
        if (configuration.getWebhookHandOff() != null) {
            handOff = new HandOff(endpoint.getCamelContext(), configuration.getWebhookHandOff(), delivery);
            handOff.start();
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (handOff != null) {
            handOff.stop();
            handOff = null;
        }
        if (gapFill != null) {
            gapFill.stop();
            gapFill = null;
        }
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        byte[] body = message.getBody(byte[].class);
        body = body == null ? new byte[0] : body;
        String secret = webhook.secret();
        if (secret == null) {
            LOG.warn("Refused a delivery to webhook:qonto:{}: the subscription's secret is not known yet", topic.shortName());
            answer(exchange, 503, "The subscription's secret is not known yet");
            return;
        }
        Instant now = Instant.now();
        try {
            WebhookSignature.Verified verified = WebhookSignature.verify(message.getHeader(WebhookSignature.HEADER,
                    String.class), body, secret, now, Duration.ofMillis(configuration.getWebhookTolerance()));
            webhook.replayGuard().admit(verified, now);
        } catch (WebhookVerificationException refused) {
            LOG.warn("Refused a delivery to webhook:qonto:{}: {}", topic.shortName(), refused.getMessage());
            answer(exchange, status(refused.reason()), "Refused: " + refused.getMessage());
            return;
        }
        WebhookEvent event;
        try {
            event = WebhookEvent.parse(body);
        } catch (InvalidInputException unreadable) {
            answer(exchange, 400, unreadable.getMessage());
            return;
        }
        if (!topic.type().equals(event.type())) {
            LOG.warn("Refused Qonto event {} on webhook:qonto:{}: it is of type {}", event.id(), topic.shortName(),
                    event.type());
            answer(exchange, 400, "Event type " + event.type() + " is not " + topic.type());
            return;
        }
        if (handOff != null) {
            handOver(exchange, event, body);
            return;
        }
        Delivery result = delivery.deliver(event);
        switch (result.outcome()) {
            case DELIVERED -> answer(exchange, 200, "Delivered");
            case DUPLICATE, SKIPPED -> {
                LOG.debug("Qonto event {} not delivered to the route: {}", event.id(), result.reason());
                answer(exchange, 200, "Received: " + result.reason());
            }
            case FAILED -> {
                LOG.warn("Qonto event {} failed in the route; Qonto will send it again", event.id(), result.failure());
                answer(exchange, 500, "The route failed on this event; send it again");
            }
            case REFUSED -> {
                LOG.warn("Refused Qonto event {}: {}", event.id(), result.reason());
                answer(exchange, 400, result.reason());
            }
        }
    }

    private void handOver(Exchange exchange, WebhookEvent event, byte[] body) {
        if (delivery.seen(event.id())) {
            answer(exchange, 200, "Received before");
            return;
        }
        Exception failure = handOff.send(body, event.id());
        if (failure != null) {
            LOG.warn("Qonto event {} could not be handed off; Qonto will send it again", event.id(), failure);
            answer(exchange, 503, "The event could not be handed off; send it again");
            return;
        }
        answer(exchange, 200, "Handed off");
    }

    /** Unsigned, forged and stale deliveries fail authentication; a replay conflicts with what was received. */
    private static int status(WebhookVerificationException.Reason reason) {
        return switch (reason) {
            case MALFORMED -> 400;
            case REPLAYED -> 409;
            case UNSIGNED, STALE, FORGED -> 401;
        };
    }

    /** Only the answer goes back: the request's headers are not echoed. */
    private static void answer(Exchange exchange, int status, String text) {
        Message message = exchange.getMessage();
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        message.setBody(text);
    }
}
