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

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param vatNumber                the organization's VAT number
     * @param companyLeadership        the names of the organization's managers, as German invoices print them
     * @param districtCourt            the court the organization is registered at, as German invoices print it
     * @param commercialRegisterNumber the organization's commercial register number
     * @param taxNumber                the organization's tax number
     * @param legalCapitalShare        the organization's share capital
     * @param transactionType          the type of transactions invoiced, as French invoices state it
     * @param vatPaymentCondition      when VAT is due, as French invoices state it
     * @param discountConditions       the conditions of a discount for early payment
     * @param latePaymentPenalties     the penalties for late payment
     * @param legalFixedCompensation   the fixed compensation for recovery costs the law provides
     * @param otherFields              the keys beyond the declared ones, kept and written back as they are; none when
     *                                 null
     */
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
