package io.camelqonto.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An Embed auth link to create, sent as {@code {"embed_auth_link": {...}}}: what the customer does once signed in
 * ({@code postAuthnAction}, e.g. {@code create_payment_link}) and the absolute http(s) URL they come back to.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewEmbedAuthLink(String postAuthnAction, String callbackUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param postAuthnAction what the customer does once signed in, e.g. {@code create_payment_link}
     * @param callbackUrl     the absolute http(s) URL the customer returns to
     * @param otherFields     the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public NewEmbedAuthLink {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("Embed auth link")
                .required("embed_auth_link.post_authn_action", postAuthnAction)
                .required("embed_auth_link.callback_url", callbackUrl);
        if (callbackUrl != null && !callbackUrl.isBlank() && !absoluteHttpUrl(callbackUrl)) {
            validation.add("embed_auth_link.callback_url", "must be an absolute http(s) URL");
        }
        validation.throwIfInvalid();
    }

    private static boolean absoluteHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "NewEmbedAuthLink[postAuthnAction=" + postAuthnAction + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
