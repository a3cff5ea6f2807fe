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
