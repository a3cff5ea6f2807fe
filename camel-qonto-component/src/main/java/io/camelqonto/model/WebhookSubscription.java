package io.camelqonto.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A webhook subscription: Qonto posts the events of its {@code types} (such as {@code v1/transactions}) to its
 * {@code callbackUrl}, signed with its secret. Qonto shows the {@code secret} in the answer to a create only; it is
 * null afterwards.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookSubscription(String id, String organizationId, String membershipId, String callbackUrl,
        List<String> types, Instant createdAt, Instant updatedAt, String description, String secret,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the types and the keys beyond the declared ones.
     *
     * @param id             its id
     * @param organizationId the id of the organization
     * @param membershipId   the id of the membership that created it
     * @param callbackUrl    the URL Qonto posts the events to
     * @param types          the event types, e.g. {@code v1/transactions}
     * @param createdAt      when it was created
     * @param updatedAt      when it was last updated
     * @param description    its description, shown in Qonto's list
     * @param secret         the secret that signs the events; Qonto shows it only in the answer that set it
     * @param otherFields    the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public WebhookSubscription {
        types = types == null ? null : List.copyOf(types);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * Whether Qonto sends the events of a type to this subscription.
     *
     * @param type an event type, e.g. {@code v1/transactions}
     * @return true when the subscription lists it
     */
    public boolean lists(String type) {
        return types != null && types.contains(type);
    }

    /**
     * The secret signs deliveries, and a callback URL often carries a hard-to-guess path that keeps strangers away:
     * both stay out.
     */
    @Override
    public String toString() {
        return "WebhookSubscription[id=" + id + ", types=" + types + ", updatedAt=" + updatedAt + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
