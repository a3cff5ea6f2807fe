package io.camelqonto.client.webhook;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps webhook secrets in memory only: after a restart a managed subscription gets a new secret, and deliveries
 * Qonto signed with the old one before it learnt the new one are refused until Qonto retries them.
 */
public final class InMemoryWebhookSecretStore implements WebhookSecretStore {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<String> load(String subscriptionKey) {
        return Optional.ofNullable(secrets.get(subscriptionKey));
    }

    @Override
    public void save(String subscriptionKey, String secret) {
        secrets.put(subscriptionKey, secret);
    }

    @Override
    public void remove(String subscriptionKey) {
        secrets.remove(subscriptionKey);
    }

    @Override
    public String toString() {
        return "InMemoryWebhookSecretStore[" + secrets.size() + " secrets]";
    }
}
