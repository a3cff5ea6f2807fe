package io.camelqonto.component.webhook;

import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

import io.camelqonto.client.webhook.FileWebhookSecretStore;
import io.camelqonto.client.webhook.InMemoryWebhookSecretStore;
import io.camelqonto.client.webhook.ReplayGuard;
import io.camelqonto.client.webhook.WebhookSecretStore;
import io.camelqonto.client.webhook.WebhookSubscriber;
import io.camelqonto.client.webhook.WebhookTopic;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.component.QontoEndpoint;
import io.camelqonto.component.QontoResource;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.WebhookSubscription;
import org.apache.camel.Processor;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook side of a {@code qonto:} endpoint, for {@code webhook:qonto:<topic>} routes: the receiver Camel's HTTP
 * server hands Qonto's POSTs to, and, with {@code webhookSubscribe}, the subscription that makes Qonto send them.
 * Kept by the endpoint, so that what it remembers (delivered events, seen signatures, the secret) outlives a route
 * restart.
 */
public final class QontoWebhook {

    /** Qonto retries for days: the in-memory default remembers this many events, far more than a day's worth. */
    static final int REMEMBERED_EVENTS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(QontoWebhook.class);

    private final QontoEndpoint endpoint;
    private final QontoConfiguration configuration;
    private final IdempotentRepository defaultRepository
            = MemoryIdempotentRepository.memoryIdempotentRepository(REMEMBERED_EVENTS);
    private final WebhookSecretStore memorySecrets = new InMemoryWebhookSecretStore();
    private final ReplayGuard replayGuard;
    private WebhookSecretStore fileSecrets;
    private volatile String secret;

    /**
     * The webhook side of an endpoint, kept by it across route restarts.
     *
     * @param endpoint the endpoint of a webhook topic
     */
    public QontoWebhook(QontoEndpoint endpoint) {
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.replayGuard = new ReplayGuard(Duration.ofMillis(configuration.getWebhookTolerance()));
    }

    /**
     * The processor of the route's HTTP consumer.
     *
     * @param route the route's own processor, given each verified event
     * @return the processor that verifies, deduplicates and hands over each delivery
     * @throws InvalidInputException when the endpoint names no webhook topic, or gap fill is asked of a resource
     *                               that cannot be polled
     */
    public Processor receiver(Processor route) {
        WebhookTopic topic = topic();
        QontoResource resource = endpoint.getResource();
        if (configuration.isGapFill() && !resource.isConsumable()) {
            throw new InvalidInputException("webhook:qonto:" + resource.name(), "gapFill", "needs a resource a"
                    + " consumer can poll: " + QontoResource.consumableNames());
        }
        return new WebhookReceiver(this, topic, route);
    }

    /** With webhookSubscribe: finds or creates the subscription of this route's callback URL to its topic. */
    public void subscribe() {
        if (!configuration.isWebhookSubscribe()) {
            LOG.debug("webhook:qonto:{} does not manage its subscription (webhookSubscribe=false)",
                    endpoint.getResource());
            return;
        }
        WebhookTopic topic = topic();
        String callbackUrl = callbackUrl();
        WebhookSubscription subscription = new WebhookSubscriber(endpoint.getClient(), secrets())
                .subscribe(callbackUrl, topic, "Camel route webhook:qonto:" + topic.shortName());
        secret = secrets().load(WebhookSubscriber.key(callbackUrl, topic)).orElse(null);
        LOG.info("Qonto sends {} events to webhook:qonto:{} (subscription {})", topic.type(), topic.shortName(),
                subscription.id());
    }

    /** With webhookSubscribe and webhookUnsubscribeOnStop: deletes the subscription. */
    public void unsubscribe() {
        if (!configuration.isWebhookSubscribe() || !configuration.isWebhookUnsubscribeOnStop()) {
            return;
        }
        int deleted = new WebhookSubscriber(endpoint.getClient(), secrets()).unsubscribe(callbackUrl(), topic());
        secret = null;
        LOG.info("Deleted {} Qonto subscription(s) of webhook:qonto:{}", deleted, topic().shortName());
    }

    QontoEndpoint endpoint() {
        return endpoint;
    }

    ReplayGuard replayGuard() {
        return replayGuard;
    }

    IdempotentRepository repository() {
        return configuration.getWebhookIdempotentRepository() != null
                ? configuration.getWebhookIdempotentRepository() : defaultRepository;
    }

    /** The secret deliveries are verified with, or null while none is known. */
    String secret() {
        if (configuration.getWebhookSecret() != null) {
            return configuration.getWebhookSecret();
        }
        String known = secret;
        if (known == null && endpoint.getWebhookConfiguration() != null) {
            known = secrets().load(WebhookSubscriber.key(callbackUrl(), topic())).orElse(null);
            secret = known;
        }
        return known;
    }

    /**
     * @throws InvalidInputException when no secret can ever be known: none given, none stored, none to be made
     */
    void checkSecretSource() {
        if (!configuration.isWebhookSubscribe() && secret() == null) {
            throw new InvalidInputException("webhook:qonto:" + endpoint.getResource().name(), "webhookSecret",
                    "is required: the secret Qonto signs this subscription's deliveries with (or set"
                    + " webhookSubscribe=true to have the subscription managed)");
        }
    }

    private WebhookTopic topic() {
        String name = endpoint.getResource().name();
        return WebhookTopic.byName(name).orElseThrow(() -> new InvalidInputException("webhook:qonto:" + name,
                "resource", name + " is not a webhook topic; topics: " + WebhookTopic.names()));
    }

    private String callbackUrl() {
        WebhookConfiguration webhookConfiguration = endpoint.getWebhookConfiguration();
        try {
            return webhookConfiguration.computeFullExternalUrl();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Cannot tell this host's name for the webhook's callback URL; set"
                    + " webhookExternalUrl", e);
        }
    }

    private synchronized WebhookSecretStore secrets() {
        if (configuration.getWebhookSecretStore() != null) {
            return configuration.getWebhookSecretStore();
        }
        if (configuration.getWebhookSecretFile() != null) {
            if (fileSecrets == null) {
                fileSecrets = new FileWebhookSecretStore(Path.of(configuration.getWebhookSecretFile()));
            }
            return fileSecrets;
        }
        return memorySecrets;
    }
}
