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

    /** Events about transactions, carrying the model {@code transactions} lists. */
    TRANSACTIONS("transactions", "transactions"),
    /** Events about the organization's bank accounts, carrying the model {@code bankAccounts} lists. */
    ACCOUNTS("accounts", "bankAccounts"),
    /** Events about the organization, carrying the model {@code organization} reads. */
    ORGANIZATIONS("organizations", "organization"),
    /** Events about the members of the organization, carrying the model {@code memberships} lists. */
    MEMBERSHIPS("memberships", "memberships"),
    /** Events about cards, carrying the model {@code cards} lists. */
    CARDS("cards", "cards"),
    /** Events about the organization's clients, carrying the model {@code clients} lists. */
    CLIENTS("clients", "clients"),
    /** Events about users revoking their consent to the application; no resource of the catalog reads these. */
    CONSENT_REVOCATIONS("consent-revocations", null),
    /** Events about payments taken on payment terminals; no resource of the catalog reads these. */
    TERMINAL_PAYMENTS("terminal-payments", null);

    private final String shortName;
    private final String resource;

    WebhookTopic(String shortName, String resource) {
        this.shortName = shortName;
        this.resource = resource;
    }

    /**
     * The topic of a short name such as {@code transactions}, or of a type such as {@code v1/transactions}.
     *
     * @param name a short name or a type
     * @return the topic, or empty when Qonto has none of that name
     */
    public static Optional<WebhookTopic> byName(String name) {
        return Arrays.stream(values())
                .filter(topic -> topic.shortName.equals(name) || topic.type().equals(name))
                .findFirst();
    }

    /** {@return the short names, for messages} */
    public static String names() {
        return Arrays.stream(values()).map(WebhookTopic::shortName).collect(Collectors.joining(", "));
    }

    /** {@return the last part of the type, as {@code webhook:qonto:<name>} spells it} */
    public String shortName() {
        return shortName;
    }

    /** {@return the value Qonto puts in a subscription's {@code types} and an event's {@code type}} */
    public String type() {
        return "v1/" + shortName;
    }

    /** {@return the name of the catalog resource that reads these objects, if Qonto has one} */
    public Optional<String> resource() {
        return Optional.ofNullable(resource);
    }
}
