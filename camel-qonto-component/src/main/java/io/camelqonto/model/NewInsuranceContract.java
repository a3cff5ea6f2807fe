package io.camelqonto.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An insurance contract to share with Qonto, sent as {@code {"insurance_contract": {...}}}. Name, contract number,
 * origin, provider, type, status, payment frequency and price are required; the URLs and dates are optional.
 * Undeclared keys are sent as given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewInsuranceContract(String name, String contractId, String origin, String providerSlug, String type,
        String status, String troubleshootingUrl, String serviceUrl, LocalDate expirationDate, LocalDate startDate,
        LocalDate renewalDate, String paymentFrequency, Money price,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    static final List<String> ORIGINS = List.of("insurance_hub", "qonto_other", "stello");
    static final List<String> STATUSES = List.of("active", "pending_payment", "pending_others", "action_required",
            "expired", "archived");
    static final List<String> PAYMENT_FREQUENCIES = List.of("month", "quarter", "semester", "annual");
    private static final String PREFIX = "insurance_contract.";

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param name               its name
     * @param contractId         the contract's number at the insurer
     * @param origin             where the contract comes from: {@code insurance_hub}, {@code qonto_other} or
     *                           {@code stello}
     * @param providerSlug       the insurer
     * @param type               the kind of insurance
     * @param status             its status
     * @param troubleshootingUrl the link to get help with the contract
     * @param serviceUrl         the link to manage the contract
     * @param expirationDate     the day it expires
     * @param startDate          the day it starts
     * @param renewalDate        the day it renews
     * @param paymentFrequency   how often it is paid: {@code month}, {@code quarter} or {@code year}
     * @param price              its price
     * @param otherFields        the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public NewInsuranceContract {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("insurance contract")
                .required(PREFIX + "name", name)
                .required(PREFIX + "contract_id", contractId)
                .oneOf(PREFIX + "origin", origin, ORIGINS)
                .required(PREFIX + "provider_slug", providerSlug)
                .required(PREFIX + "type", type)
                .oneOf(PREFIX + "status", status, STATUSES)
                .oneOf(PREFIX + "payment_frequency", paymentFrequency, PAYMENT_FREQUENCIES);
        price(validation, price, true);
        validation.throwIfInvalid();
    }

    /** A price is a positive decimal string and a currency code. */
    static void price(Validation validation, Money price, boolean required) {
        if (price == null) {
            if (required) {
                validation.add(PREFIX + "price", "is required (a value such as 29.90 and a currency such as EUR)");
            }
            return;
        }
        validation.amount(PREFIX + "price.value", price.value()).currency(PREFIX + "price.currency",
                price.currency());
    }

    @Override
    public String toString() {
        return "NewInsuranceContract[name=" + name + ", contractId=" + contractId + ", providerSlug=" + providerSlug
                + ", status=" + status + ", price=" + price + ", otherFields=" + OtherFields.describe(otherFields)
                + "]";
    }
}
