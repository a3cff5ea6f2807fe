package io.camelqonto.client.webhook;

import java.util.Optional;

/**
 * Keeps the secrets of the webhook subscriptions an application manages, by subscription key (the callback URL and
 * the topic). A secret is saved before Qonto is told of it, so that no delivery is signed with a secret the
 * application has lost: implementations must make {@link #save} durable before returning, and must never log a
 * secret.
 */
public interface WebhookSecretStore {

    /**
     * Reads a subscription's secret.
     *
     * @param subscriptionKey the key {@link WebhookSubscriber#key} gives the subscription
     * @return the secret, or empty when the store has none
     */
    Optional<String> load(String subscriptionKey);

    /**
     * Keeps a subscription's secret, durably before returning.
     *
     * @param subscriptionKey the key {@link WebhookSubscriber#key} gives the subscription
     * @param secret          the secret, replacing any kept before
     */
    void save(String subscriptionKey, String secret);

    /**
     * Forgets a subscription's secret, if the store has one.
     *
     * @param subscriptionKey the key {@link WebhookSubscriber#key} gives the subscription
     */
    void remove(String subscriptionKey);
}
