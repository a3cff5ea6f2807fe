package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A quote to create. Required: {@code clientId}, {@code issueDate} and {@code expiryDate} (ISO-8601 dates),
 * {@code currency}, {@code termsAndConditions} (at most 3000 characters) and at least one item. Undeclared keys are
 * sent as given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewQuote(String clientId, String issueDate, String expiryDate, String currency,
        String termsAndConditions, List<NewInvoiceItem> items, String number, String header, String footer,
        InvoiceSettings settings, NewInvoiceItem.Discount discount, InvoiceTaxes.WelfareFund welfareFund,
        InvoiceTaxes.WithholdingTax withholdingTax, String stampDutyAmount,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    /**
     * Keeps its own copy of the items and the keys beyond the declared ones.
     *
     * @param clientId           the id of the client
     * @param issueDate          the day it is issued, ISO-8601
     * @param expiryDate         the day it expires, ISO-8601
     * @param currency           the currency, e.g. {@code EUR}
     * @param termsAndConditions the terms and conditions printed on it, at most 3000 characters
     * @param items              its lines, at least one
     * @param number             its number
     * @param header             the text printed above the items
     * @param footer             the text printed below the items
     * @param settings           the legal mentions, when they differ from the organization's defaults
     * @param discount           a discount on the whole quote, if any
     * @param welfareFund        the Italian social security fund contribution, if any
     * @param withholdingTax     the Italian withholding tax, if any
     * @param stampDutyAmount    the stamp duty (Italian marca da bollo), a decimal string
     * @param otherFields        the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public NewQuote {
        items = items == null ? null : List.copyOf(items);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("quote");
        DocumentChecks.present(validation, "client_id", clientId);
        DocumentChecks.present(validation, "issue_date", issueDate);
        DocumentChecks.present(validation, "expiry_date", expiryDate);
        DocumentChecks.present(validation, "terms_and_conditions", termsAndConditions);
        QuoteChecks.check(validation, issueDate, expiryDate, currency, true, termsAndConditions, items, true, number,
                header, settings, discount, welfareFund, withholdingTax, stampDutyAmount);
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "NewQuote[clientId=" + clientId + ", issueDate=" + issueDate + ", expiryDate=" + expiryDate
                + ", currency=" + currency + ", items=" + (items == null ? 0 : items.size()) + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
