package io.camelqonto.client.webhook;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.model.WebhookSubscription;
import io.camelqonto.model.WebhookSubscriptionSettings;

/**
 * Manages the webhook subscription of one callback URL and topic for an application: finds it or creates it, with a
 * secret the application chose and saved before Qonto learns it, and deletes it when asked. A subscription found
 * with a secret the store does not know gets a new one, so the application can always verify what it receives.
 */
public final class WebhookSubscriber {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final QontoClient client;
    private final WebhookSecretStore secrets;

    /**
     * A subscriber calling Qonto with this client.
     *
     * @param client  the client of the application, with OAuth credentials and the {@code webhook} scope
     * @param secrets where the subscriptions' secrets are kept
     */
    public WebhookSubscriber(QontoClient client, WebhookSecretStore secrets) {
        this.client = client;
        this.secrets = secrets;
    }

    /**
     * The key of a subscription's secret in a {@link WebhookSecretStore}.
     *
     * @param callbackUrl the URL Qonto posts the events to
     * @param topic       the topic subscribed to
     * @return the key
     */
    public static String key(String callbackUrl, WebhookTopic topic) {
        return topic.type() + " " + callbackUrl;
    }

    /**
     * Makes sure Qonto sends the topic's events to the callback URL, signed with the secret in the store. An existing
     * subscription keeps its id and its other types; it is told the stored secret again, in case another application
     * changed it.
     *
     * @param callbackUrl the URL Qonto posts the events to
     * @param topic       the topic to subscribe to
     * @param description shown in Qonto's list of subscriptions
     * @return the subscription as Qonto holds it now
     */
    public WebhookSubscription subscribe(String callbackUrl, WebhookTopic topic, String description) {
        String key = key(callbackUrl, topic);
        Optional<WebhookSubscription> existing = find(callbackUrl, topic).stream().findFirst();
        String secret = secrets.load(key).orElseGet(() -> {
            String fresh = newSecret();
            // durable before Qonto signs anything with it
            secrets.save(key, fresh);
            return fresh;
        });
        List<String> types = existing.map(WebhookSubscription::types).orElse(List.of(topic.type()));
        WebhookSubscriptionSettings settings = new WebhookSubscriptionSettings(callbackUrl, types, secret,
                existing.map(WebhookSubscription::description).orElse(description));
        settings.validate();
        QontoCall call = existing
                .map(found -> QontoCall.of(QontoOperation.UPDATE_WEBHOOK_SUBSCRIPTION).pathParam("id", found.id()))
                .orElseGet(() -> QontoCall.of(QontoOperation.CREATE_WEBHOOK_SUBSCRIPTION))
                .body(settings).build();
        return client.call(call, WebhookSubscription.class);
    }

    /**
     * Deletes the subscriptions of the callback URL that list the topic, and forgets their secret.
     *
     * @param callbackUrl the URL Qonto posts the events to
     * @param topic       the topic to unsubscribe from
     * @return how many were deleted
     */
    public int unsubscribe(String callbackUrl, WebhookTopic topic) {
        List<WebhookSubscription> found = find(callbackUrl, topic);
        for (WebhookSubscription subscription : found) {
            client.execute(QontoCall.of(QontoOperation.DELETE_WEBHOOK_SUBSCRIPTION)
                    .pathParam("id", subscription.id()).build());
        }
        secrets.remove(key(callbackUrl, topic));
        return found.size();
    }

    private List<WebhookSubscription> find(String callbackUrl, WebhookTopic topic) {
        List<WebhookSubscription> found = new ArrayList<>();
        QontoCall list = QontoCall.of(QontoOperation.LIST_WEBHOOK_SUBSCRIPTIONS).query("per_page", 100).build();
        for (WebhookSubscription subscription : client.paginate(list, WebhookSubscription.class)) {
            if (callbackUrl.equals(subscription.callbackUrl()) && subscription.lists(topic.type())) {
                found.add(subscription);
            }
        }
        return found;
    }

    /** 32 random bytes: far more than Qonto's minimum of 32 characters asks, well within its 128. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
