package io.camelqonto.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Changes to a client; null fields are left as they are. Undeclared keys are sent as given. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientUpdate(String name, String firstName, String lastName, String email, List<String> extraEmails,
        Client.Phone phone, String eInvoicingAddress, String vatNumber, String taxIdentificationNumber,
        ClientAddress billingAddress, ClientAddress deliveryAddress, String recipientCode, String currency,
        String locale, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    /**
     * Keeps its own copy of the extra e-mail addresses and the keys beyond the declared ones.
     *
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
    public ClientUpdate {
        extraEmails = extraEmails == null ? null : List.copyOf(extraEmails);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("client update");
        if (Arrays.stream(new Object[] {name, firstName, lastName, email, extraEmails, phone,
                eInvoicingAddress, vatNumber, taxIdentificationNumber, billingAddress, deliveryAddress, recipientCode,
                currency, locale}).allMatch(Objects::isNull) && otherFields.isEmpty()) {
            validation.add("client", "names no field to change");
        }
        notBlank(validation, "name", name);
        notBlank(validation, "first_name", firstName);
        notBlank(validation, "last_name", lastName);
        ClientChecks.check(validation, null, email, extraEmails, phone, currency, locale, billingAddress,
                deliveryAddress);
        validation.throwIfInvalid();
    }

    private static void notBlank(Validation validation, String field, String value) {
        if (value != null && value.isBlank()) {
            validation.add(field, "must not be blank");
        }
    }

    @Override
    public String toString() {
        return "ClientUpdate[currency=" + currency + ", locale=" + locale + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
