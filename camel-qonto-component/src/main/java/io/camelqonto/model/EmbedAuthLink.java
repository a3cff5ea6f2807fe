package io.camelqonto.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A Qonto Embed auth link: the {@code url} signs the partner's customer in to Qonto's hosted pages once, until
 * {@code expiredAt}, then leads to {@code postAuthnAction} and back to {@code callbackUrl}. The link grants a sign-in,
 * so {@link #toString()} leaves it out.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmbedAuthLink(String url, String postAuthnAction, String callbackUrl, Instant expiredAt,
        Instant usedAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param url             the link that signs the customer in, once
     * @param postAuthnAction what the customer does once signed in, e.g. {@code create_payment_link}
     * @param callbackUrl     the URL the customer returns to
     * @param expiredAt       when it expires
     * @param usedAt          when it was used; null until it is
     * @param otherFields     the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public EmbedAuthLink {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Qonto's answer gives the link no id. */
    @Override
    public String id() {
        return null;
    }

    @Override
    public String toString() {
        return "EmbedAuthLink[postAuthnAction=" + postAuthnAction + ", expiredAt=" + expiredAt + ", usedAt=" + usedAt
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
