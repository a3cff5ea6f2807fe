package io.camelqonto.model;

import java.time.LocalDate;
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
 * Changes to a draft client invoice; null fields are left as they are, and {@code items}, when given, replace the
 * invoice's lines. Qonto refuses changes to an invoice that is no longer a draft. Undeclared keys are sent as given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientInvoiceUpdate(String clientId, String issueDate, String performanceDate, String dueDate,
        String number, String purchaseOrder, String termsAndConditions, String header, String footer,
        NewClientInvoice.PaymentAccount paymentMethods, InvoiceSettings settings, List<NewInvoiceItem> items,
        Boolean reportEinvoicing, InvoiceTaxes.PaymentReporting paymentReporting,
        InvoiceTaxes.WelfareFund welfareFund, InvoiceTaxes.WithholdingTax withholdingTax, String stampDutyAmount,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    /**
     * Keeps its own copy of the items and the keys beyond the declared ones.
     *
     * @param clientId           the id of the client
     * @param issueDate          the day it is issued, ISO-8601
     * @param performanceDate    the day of the goods or services invoiced, ISO-8601
     * @param dueDate            the day payment is due, ISO-8601
     * @param number             its number
     * @param purchaseOrder      the client's purchase order number
     * @param termsAndConditions the terms and conditions printed on it
     * @param header             the text printed above the items
     * @param footer             the text printed below the items
     * @param paymentMethods     the account the client is asked to pay to
     * @param settings           the legal mentions, when they differ from the organization's defaults
     * @param items              its lines, replacing the invoice's
     * @param reportEinvoicing   whether to report the invoice on the e-invoicing network
     * @param paymentReporting   how it is to be paid, as Italian e-invoices code it
     * @param welfareFund        the Italian social security fund contribution, if any
     * @param withholdingTax     the Italian withholding tax, if any
     * @param stampDutyAmount    the stamp duty (Italian marca da bollo), a decimal string
     * @param otherFields        the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public ClientInvoiceUpdate {
        items = items == null ? null : List.copyOf(items);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("client invoice update");
        if (Arrays.stream(new Object[] {clientId, issueDate, performanceDate, dueDate, number, purchaseOrder,
                termsAndConditions, header, footer, paymentMethods, settings, items, reportEinvoicing,
                paymentReporting, welfareFund, withholdingTax, stampDutyAmount}).allMatch(Objects::isNull)
                && otherFields.isEmpty()) {
            validation.add("client_invoice", "names no field to change");
        }
        if (clientId != null && clientId.isBlank()) {
            validation.add("client_id", "must not be blank");
        }
        LocalDate issued = DocumentChecks.date(validation, "issue_date", issueDate);
        LocalDate due = DocumentChecks.date(validation, "due_date", dueDate);
        DocumentChecks.date(validation, "performance_date", performanceDate);
        DocumentChecks.notBefore(validation, "due_date", due, "issue_date", issued);
        if (paymentMethods != null) {
            paymentMethods.validate(validation);
        }
        DocumentChecks.items(validation, items, false);
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
        return "ClientInvoiceUpdate[clientId=" + clientId + ", issueDate=" + issueDate + ", dueDate=" + dueDate
                + ", items=" + (items == null ? null : items.size()) + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
