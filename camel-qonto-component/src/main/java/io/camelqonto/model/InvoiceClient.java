package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The client as a client invoice, credit note or quote recorded it. {@code type} here is what {@code kind} is on a
 * {@link Client}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvoiceClient(String id, String name, String firstName, String lastName, String type, String email,
        String vatNumber, String taxIdentificationNumber, String address, String city, String zipCode,
        String provinceCode, String countryCode, String recipientCode, String locale, ClientAddress billingAddress,
        ClientAddress deliveryAddress, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id                      its id
     * @param name                    its name
     * @param firstName               the first name
     * @param lastName                the last name
     * @param type                    the kind of client: {@code company}, {@code individual} or {@code freelancer}
     * @param email                   the e-mail address
     * @param vatNumber               the VAT number
     * @param taxIdentificationNumber the tax identification number
     * @param address                 the street address
     * @param city                    the city
     * @param zipCode                 the postal code
     * @param provinceCode            the province code, for Italian addresses
     * @param countryCode             the country, ISO 3166-1 alpha-2
     * @param recipientCode           the recipient code of Italian e-invoices (codice destinatario)
     * @param locale                  the language documents are written in, e.g. {@code fr}
     * @param billingAddress          the billing address
     * @param deliveryAddress         the delivery address
     * @param otherFields             the keys beyond the declared ones, kept and written back as they are; none when
     *                                null
     */
    public InvoiceClient {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Without names, e-mail address, tax numbers or address: they identify a person. */
    @Override
    public String toString() {
        return "InvoiceClient[id=" + id + ", type=" + type + ", locale=" + locale + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
