package io.camelqonto.client.webhook;

import java.util.Optional;

/**
 * Keeps the secrets of the webhook subscriptions an application manages, by subscription key (the callback URL and
 * the topic). A secret is saved before Qonto is told of it, so that no delivery is signed with a secret the
 * application has lost: implementations must make {@link #save} durable before returning, and must never log a
 * secret.
 */
public interface WebhookSecretStore {

    Optional<String> load(String subscriptionKey);

    void save(String subscriptionKey, String secret);

    void remove(String subscriptionKey);
}
