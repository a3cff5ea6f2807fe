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

    /**
     * Keeps its own copy of the items and the keys beyond the declared ones.
     *
     * @param clientId             the id of the client
     * @param issueDate            the day it is issued, ISO-8601
     * @param dueDate              the day payment is due, ISO-8601
     * @param currency             the currency, e.g. {@code EUR}
     * @param paymentMethods       the account the client is asked to pay to
     * @param items                its lines, at least one
     * @param performanceStartDate the first day of the goods or services invoiced, ISO-8601
     * @param performanceEndDate   the last day of the goods or services invoiced, ISO-8601
     * @param status               {@code draft} to create a draft, {@code unpaid} to finalize it at once
     * @param number               its number
     * @param purchaseOrder        the client's purchase order number
     * @param termsAndConditions   the terms and conditions printed on it
     * @param header               the text printed above the items
     * @param footer               the text printed below the items
     * @param settings             the legal mentions, when they differ from the organization's defaults
     * @param reportEinvoicing     whether to report the invoice on the e-invoicing network
     * @param paymentReporting     how it is to be paid, as Italian e-invoices code it
     * @param welfareFund          the Italian social security fund contribution, if any
     * @param withholdingTax       the Italian withholding tax, if any
     * @param stampDutyAmount      the stamp duty (Italian marca da bollo), a decimal string
     * @param otherFields          the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public NewClientInvoice {
        items = items == null ? null : List.copyOf(items);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** The account the client is asked to pay to, by IBAN. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PaymentAccount(String iban, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param iban        the IBAN to pay to
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
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
