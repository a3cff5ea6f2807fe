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

/**
 * Changes to a quote; null fields are left as they are, and {@code items}, when given, replace the quote's lines.
 * Undeclared keys are sent as given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteUpdate(String issueDate, String expiryDate, String number, String termsAndConditions,
        String currency, String header, String footer, InvoiceSettings settings, NewInvoiceItem.Discount discount,
        List<NewInvoiceItem> items, InvoiceTaxes.WelfareFund welfareFund, InvoiceTaxes.WithholdingTax withholdingTax,
        String stampDutyAmount, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    public QuoteUpdate {
        items = items == null ? null : List.copyOf(items);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("quote update");
        if (Arrays.stream(new Object[] {issueDate, expiryDate, number, termsAndConditions, currency, header, footer,
                settings, discount, items, welfareFund, withholdingTax, stampDutyAmount}).allMatch(Objects::isNull)
                && otherFields.isEmpty()) {
            validation.add("quote", "names no field to change");
        }
        QuoteChecks.check(validation, issueDate, expiryDate, currency, false, termsAndConditions, items, false,
                number, header, settings, discount, welfareFund, withholdingTax, stampDutyAmount);
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "QuoteUpdate[issueDate=" + issueDate + ", expiryDate=" + expiryDate + ", items="
                + (items == null ? null : items.size()) + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
