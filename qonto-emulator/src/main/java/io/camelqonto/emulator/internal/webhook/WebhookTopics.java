package io.camelqonto.emulator.internal.webhook;

import io.camelqonto.emulator.internal.auth.Scopes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The event types a subscription can list, and the OAuth scope a subscriber needs for each. */
public final class WebhookTopics {

    public static final String TRANSACTIONS = "v1/transactions";

    /*
     * Inferred: Qonto documents organization.read for transactions and clients and terminal.read for terminal
     * payments; the scopes of the other topics are guessed from the resources they report on.
     */
    private static final Map<String, String> SCOPES = scopes();

    private WebhookTopics() {
    }

    private static Map<String, String> scopes() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put(TRANSACTIONS, Scopes.ORGANIZATION_READ);
        scopes.put("v1/accounts", Scopes.ORGANIZATION_READ);
        scopes.put("v1/organizations", Scopes.ORGANIZATION_READ);
        scopes.put("v1/memberships", Scopes.ORGANIZATION_READ);
        scopes.put("v1/cards", "card.read");
        scopes.put("v1/clients", Scopes.ORGANIZATION_READ);
        scopes.put("v1/consent-revocations", null);
        scopes.put("v1/terminal-payments", "terminal.read");
        return scopes;
    }

    public static boolean isKnown(String type) {
        return SCOPES.containsKey(type);
    }

    /** The scope a subscriber to {@code type} needs besides {@code webhook}; empty when none. */
    public static Optional<String> scope(String type) {
        return Optional.ofNullable(SCOPES.get(type));
    }

    public static String known() {
        return String.join(", ", SCOPES.keySet());
    }
}
