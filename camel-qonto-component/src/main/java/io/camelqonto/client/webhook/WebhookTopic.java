package io.camelqonto.client.webhook;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The event types Qonto sends to webhook subscriptions. Each has a short name (the last part of the type, as
 * {@code webhook:qonto:<name>} spells it) and, where the catalog reads the same objects over REST, the resource that
 * does: its events then carry the same model as the resource's list.
 */
public enum WebhookTopic {

    TRANSACTIONS("transactions", "transactions"),
    ACCOUNTS("accounts", "bankAccounts"),
    ORGANIZATIONS("organizations", "organization"),
    MEMBERSHIPS("memberships", "memberships"),
    CARDS("cards", "cards"),
    CLIENTS("clients", "clients"),
    CONSENT_REVOCATIONS("consent-revocations", null),
    TERMINAL_PAYMENTS("terminal-payments", null);

    private final String shortName;
    private final String resource;

    WebhookTopic(String shortName, String resource) {
        this.shortName = shortName;
        this.resource = resource;
    }

    /** The topic of a short name such as {@code transactions}, or of a type such as {@code v1/transactions}. */
    public static Optional<WebhookTopic> byName(String name) {
        return Arrays.stream(values())
                .filter(topic -> topic.shortName.equals(name) || topic.type().equals(name))
                .findFirst();
    }

    /** The short names, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(WebhookTopic::shortName).collect(Collectors.joining(", "));
    }

    public String shortName() {
        return shortName;
    }

    /** The value Qonto puts in a subscription's {@code types} and an event's {@code type}. */
    public String type() {
        return "v1/" + shortName;
    }

    /** The name of the catalog resource that reads these objects, if Qonto has one. */
    public Optional<String> resource() {
        return Optional.ofNullable(resource);
    }
}
