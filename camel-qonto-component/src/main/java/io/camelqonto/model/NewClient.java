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

    /**
     * Keeps its own copy of the extra e-mail addresses and the keys beyond the declared ones.
     *
     * @param kind                    the kind of client: {@code company}, {@code individual} or {@code freelancer}
     * @param name                    its name
     * @param firstName               the first name
     * @param lastName                the last name
     * @param email                   the e-mail address
     * @param extraEmails             further e-mail addresses documents are sent to
     * @param phone                   the phone number
     * @param eInvoicingAddress       the address e-invoices are sent to on the e-invoicing network
     * @param vatNumber               the VAT number
     * @param taxIdentificationNumber the tax identification number
     * @param billingAddress          the billing address
     * @param deliveryAddress         the delivery address
     * @param recipientCode           the recipient code of Italian e-invoices (codice destinatario)
     * @param currency                the currency, e.g. {@code EUR}
     * @param locale                  the language documents are written in, e.g. {@code fr}
     * @param otherFields             the keys beyond the declared ones, kept and written back as they are; none when
     *                                null
     */
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
