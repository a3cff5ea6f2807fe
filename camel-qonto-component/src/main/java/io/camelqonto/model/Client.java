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
 * A client of the organization, whom invoices and quotes are addressed to. {@code kind} is {@code company},
 * {@code individual} or {@code freelancer}; for the last two {@code name} is Qonto's concatenation of first and last
 * name. The flat {@code address}, {@code city}, {@code zipCode}, {@code provinceCode} and {@code countryCode} are
 * Qonto's older copy of the billing address.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Client(String id, String name, String firstName, String lastName, Phone phone, String kind,
        String email, List<String> extraEmails, String currency, String eInvoicingAddress, String vatNumber,
        String taxIdentificationNumber, String address, String city, String zipCode, String provinceCode,
        String countryCode, ClientAddress billingAddress, ClientAddress deliveryAddress, String recipientCode,
        Instant createdAt, String locale,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the extra e-mail addresses and the keys beyond the declared ones.
     *
     * @param id                      its id
     * @param name                    its name; for an individual or a freelancer, the first and last names joined
     * @param firstName               the first name
     * @param lastName                the last name
     * @param phone                   the phone number
     * @param kind                    the kind of client: {@code company}, {@code individual} or {@code freelancer}
     * @param email                   its e-mail address
     * @param extraEmails             further e-mail addresses documents are sent to
     * @param currency                the currency of its documents
     * @param eInvoicingAddress       the address e-invoices are sent to on the e-invoicing network
     * @param vatNumber               the VAT number
     * @param taxIdentificationNumber the tax identification number
     * @param address                 its street address
     * @param city                    its city
     * @param zipCode                 its postal code
     * @param provinceCode            the province code, for Italian addresses
     * @param countryCode             its country, ISO 3166-1 alpha-2
     * @param billingAddress          the billing address
     * @param deliveryAddress         the delivery address
     * @param recipientCode           the recipient code of Italian e-invoices (codice destinatario)
     * @param createdAt               when it was created
     * @param locale                  the language documents are written in, e.g. {@code fr}
     * @param otherFields             the keys beyond the declared ones, kept and written back as they are; none when
     *                                null
     */
    public Client {
        extraEmails = extraEmails == null ? null : List.copyOf(extraEmails);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** A phone number, its country calling code apart (e.g. {@code +33}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Phone(String countryCode, String number,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param countryCode the country calling code, e.g. {@code +33}
         * @param number      the number without the calling code
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Phone {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /** Only the calling code: the number reaches a person. */
        @Override
        public String toString() {
            return "Phone[countryCode=" + countryCode + ", otherFields=" + OtherFields.describe(otherFields) + "]";
        }
    }

    /** Without names, e-mail addresses, phone, tax numbers or addresses: they identify a person. */
    @Override
    public String toString() {
        return "Client[id=" + id + ", kind=" + kind + ", currency=" + currency + ", locale=" + locale + ", createdAt="
                + createdAt + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
