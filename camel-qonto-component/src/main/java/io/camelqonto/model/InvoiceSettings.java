package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The legal mentions an invoice or quote is written with, when they differ from the organization's defaults in
 * the Qonto app. Undeclared keys are sent as given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvoiceSettings(String vatNumber, String companyLeadership, String districtCourt,
        String commercialRegisterNumber, String taxNumber, Money legalCapitalShare, String transactionType,
        String vatPaymentCondition, String discountConditions, String latePaymentPenalties,
        String legalFixedCompensation, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public InvoiceSettings {
        otherFields = OtherFields.copyOf(otherFields);
    }

    void validate(Validation validation) {
        DocumentChecks.money(validation, "settings.legal_capital_share", legalCapitalShare, false);
        DocumentChecks.word(validation, "settings.transaction_type", transactionType, "goods or services");
        DocumentChecks.word(validation, "settings.vat_payment_condition", vatPaymentCondition,
                "compensated_for_sales or on_receipts");
    }

    @Override
    public String toString() {
        return "InvoiceSettings[transactionType=" + transactionType + ", vatPaymentCondition=" + vatPaymentCondition
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
