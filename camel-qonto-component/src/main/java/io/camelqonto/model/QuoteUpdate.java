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

    /**
     * Keeps its own copy of the items and the keys beyond the declared ones.
     *
     * @param issueDate          the day it is issued, ISO-8601
     * @param expiryDate         the day it expires, ISO-8601
     * @param number             its number
     * @param termsAndConditions the terms and conditions printed on it
     * @param currency           the currency, e.g. {@code EUR}
     * @param header             the text printed above the items
     * @param footer             the text printed below the items
     * @param settings           the legal mentions, when they differ from the organization's defaults
     * @param discount           a discount on the whole quote
     * @param items              its lines, replacing the quote's
     * @param welfareFund        the Italian social security fund contribution, if any
     * @param withholdingTax     the Italian withholding tax, if any
     * @param stampDutyAmount    the stamp duty (Italian marca da bollo), a decimal string
     * @param otherFields        the keys beyond the declared ones, kept and written back as they are; none when null
     */
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
