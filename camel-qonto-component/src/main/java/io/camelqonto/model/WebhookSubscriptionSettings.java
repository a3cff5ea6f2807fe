package io.camelqonto.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What a webhook subscription is, to create one or to replace one entirely: Qonto's update is a full replacement, so
 * the callback URL is needed every time. Without a {@code secret} Qonto generates one on create and keeps the current
 * one on update.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookSubscriptionSettings(String callbackUrl, List<String> types, String secret, String description)
        implements QontoInput {

    /**
     * Keeps its own copy of the types.
     *
     * @param callbackUrl the URL Qonto posts the events to, needed every time
     * @param types       the event types, e.g. {@code v1/transactions}
     * @param secret      the secret to sign the events with; null lets Qonto generate one
     * @param description a description, shown in Qonto's list
     */
    public WebhookSubscriptionSettings {
        types = types == null ? null : List.copyOf(types);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("webhook subscription")
                .required("callback_url", callbackUrl)
                .maxLength("callback_url", callbackUrl, 512)
                .maxLength("description", description, 256);
        if (callbackUrl != null && !callbackUrl.isBlank() && !acceptableCallback(callbackUrl)) {
            validation.add("callback_url", "must be an https URL (plain http only to localhost)");
        }
        if (types == null || types.isEmpty()) {
            validation.add("types", "must list at least one event type, such as v1/transactions");
        } else if (types.stream().anyMatch(type -> type == null || type.isBlank())) {
            validation.add("types", "must not hold a blank event type");
        }
        if (secret != null && (secret.length() < 32 || secret.length() > 128)) {
            validation.add("secret", "must have between 32 and 128 characters (got " + secret.length() + ")");
        }
        validation.throwIfInvalid();
    }

    /** Qonto posts to https URLs only; plain http to this machine serves tests against an emulator. */
    private static boolean acceptableCallback(String url) {
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            if (host == null) {
                return false;
            }
            return "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())
                    && (host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "WebhookSubscriptionSettings[types=" + types + ", description=" + description + "]";
    }
}
