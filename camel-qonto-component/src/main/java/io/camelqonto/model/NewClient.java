package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A client to create. {@code kind} is {@code company} (then {@code name} is required) or {@code individual} or
 * {@code freelancer} (then {@code firstName} and {@code lastName} are). Keys the record does not declare are sent
 * as given, so that fields Qonto adds can be set before this model knows them. Qonto does not check that a client
 * is new: look it up by e-mail or VAT number first.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewClient(String kind, String name, String firstName, String lastName, String email,
        List<String> extraEmails, Client.Phone phone, String eInvoicingAddress, String vatNumber,
        String taxIdentificationNumber, ClientAddress billingAddress, ClientAddress deliveryAddress,
        String recipientCode, String currency, String locale,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    public NewClient {
        extraEmails = extraEmails == null ? null : List.copyOf(extraEmails);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("client");
        if (DocumentChecks.present(validation, "kind", kind)) {
            if ("company".equals(kind)) {
                DocumentChecks.present(validation, "name", name);
            } else if ("individual".equals(kind) || "freelancer".equals(kind)) {
                DocumentChecks.present(validation, "first_name", firstName);
                DocumentChecks.present(validation, "last_name", lastName);
            }
        }
        ClientChecks.check(validation, kind, email, extraEmails, phone, currency, locale, billingAddress,
                deliveryAddress);
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "NewClient[kind=" + kind + ", currency=" + currency + ", locale=" + locale + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
