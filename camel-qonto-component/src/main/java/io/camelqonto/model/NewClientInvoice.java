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
 * A client invoice to create, sent flat as Qonto's reference shows it. Required: {@code clientId}, {@code issueDate}
 * and {@code dueDate} (ISO-8601 dates), {@code currency}, {@code paymentMethods.iban} (the account the client pays
 * to) and at least one item. {@code status} {@code draft} keeps the invoice editable; Qonto finalizes it otherwise.
 * Undeclared keys are sent as given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewClientInvoice(String clientId, String issueDate, String dueDate, String currency,
        PaymentAccount paymentMethods, List<NewInvoiceItem> items, String performanceStartDate,
        String performanceEndDate, String status, String number, String purchaseOrder, String termsAndConditions,
        String header, String footer, InvoiceSettings settings, Boolean reportEinvoicing,
        InvoiceTaxes.PaymentReporting paymentReporting, InvoiceTaxes.WelfareFund welfareFund,
        InvoiceTaxes.WithholdingTax withholdingTax, String stampDutyAmount,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    public NewClientInvoice {
        items = items == null ? null : List.copyOf(items);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** The account the client is asked to pay to, by IBAN. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PaymentAccount(String iban, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public PaymentAccount {
            otherFields = OtherFields.copyOf(otherFields);
        }

        void validate(Validation validation) {
            if (DocumentChecks.present(validation, "payment_methods.iban", iban)) {
                validation.iban("payment_methods.iban", iban);
            }
        }

        @Override
        public String toString() {
            return "PaymentAccount[iban=" + Iban.mask(iban) + "]";
        }
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("client invoice");
        DocumentChecks.present(validation, "client_id", clientId);
        DocumentChecks.present(validation, "issue_date", issueDate);
        DocumentChecks.present(validation, "due_date", dueDate);
        LocalDate issued = DocumentChecks.date(validation, "issue_date", issueDate);
        LocalDate due = DocumentChecks.date(validation, "due_date", dueDate);
        DocumentChecks.notBefore(validation, "due_date", due, "issue_date", issued);
        LocalDate start = DocumentChecks.date(validation, "performance_start_date", performanceStartDate);
        LocalDate end = DocumentChecks.date(validation, "performance_end_date", performanceEndDate);
        DocumentChecks.notBefore(validation, "performance_end_date", end, "performance_start_date", start);
        DocumentChecks.currency(validation, "currency", currency, true);
        if (paymentMethods == null) {
            validation.add("payment_methods.iban", "is required");
        } else {
            paymentMethods.validate(validation);
        }
        DocumentChecks.items(validation, items, true);
        DocumentChecks.word(validation, "status", status, "draft");
        validation.maxLength("number", number, 40);
        if (settings != null) {
            settings.validate(validation);
        }
        DocumentChecks.taxes(validation, welfareFund, withholdingTax, paymentReporting);
        DocumentChecks.amount(validation, "stamp_duty_amount", stampDutyAmount);
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "NewClientInvoice[clientId=" + clientId + ", issueDate=" + issueDate + ", dueDate=" + dueDate
                + ", currency=" + currency + ", items=" + (items == null ? 0 : items.size()) + ", status=" + status
                + ", paymentMethods=" + paymentMethods + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
