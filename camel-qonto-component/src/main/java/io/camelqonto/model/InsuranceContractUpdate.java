package io.camelqonto.model;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Changes to an insurance contract, sent as {@code {"insurance_contract": {...}}}: only the fields set are sent, and
 * the others keep their values. At least one field must be set. Undeclared keys are sent as given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsuranceContractUpdate(String name, String contractId, String origin, String providerSlug,
        String type, String status, String troubleshootingUrl, String serviceUrl, LocalDate expirationDate,
        LocalDate startDate, LocalDate renewalDate, String paymentFrequency, Money price,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

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
    public InsuranceContractUpdate {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("insurance contract update");
        boolean empty = name == null && contractId == null && origin == null && providerSlug == null && type == null
                && status == null && troubleshootingUrl == null && serviceUrl == null && expirationDate == null
                && startDate == null && renewalDate == null && paymentFrequency == null && price == null
                && otherFields.isEmpty();
        if (empty) {
            validation.add("insurance_contract", "sets no field: give at least one to change");
        }
        notBlank(validation, "name", name);
        notBlank(validation, "contract_id", contractId);
        notBlank(validation, "provider_slug", providerSlug);
        notBlank(validation, "type", type);
        if (origin != null) {
            validation.oneOf(PREFIX + "origin", origin, NewInsuranceContract.ORIGINS);
        }
        if (status != null) {
            validation.oneOf(PREFIX + "status", status, NewInsuranceContract.STATUSES);
        }
        if (paymentFrequency != null) {
            validation.oneOf(PREFIX + "payment_frequency", paymentFrequency,
                    NewInsuranceContract.PAYMENT_FREQUENCIES);
        }
        NewInsuranceContract.price(validation, price, false);
        validation.throwIfInvalid();
    }

    private static void notBlank(Validation validation, String field, String value) {
        if (value != null && value.isBlank()) {
            validation.add(PREFIX + field, "must not be blank");
        }
    }

    @Override
    public String toString() {
        return "InsuranceContractUpdate[name=" + name + ", contractId=" + contractId + ", status=" + status
                + ", price=" + price + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
