package io.camelqonto.model;

import java.time.LocalDate;
import java.util.List;

/** The checks a quote's fields get, whether the quote is created or changed. */
final class QuoteChecks {

    private QuoteChecks() {
    }

    static void check(Validation validation, String issueDate, String expiryDate, String currency,
            boolean currencyRequired, String termsAndConditions, List<NewInvoiceItem> items, boolean itemsRequired,
            String number, String header, InvoiceSettings settings, NewInvoiceItem.Discount discount,
            InvoiceTaxes.WelfareFund welfareFund, InvoiceTaxes.WithholdingTax withholdingTax, String stampDutyAmount) {
        LocalDate issued = DocumentChecks.date(validation, "issue_date", issueDate);
        LocalDate expires = DocumentChecks.date(validation, "expiry_date", expiryDate);
        DocumentChecks.notBefore(validation, "expiry_date", expires, "issue_date", issued);
        DocumentChecks.currency(validation, "currency", currency, currencyRequired);
        validation.maxLength("terms_and_conditions", termsAndConditions, 3000);
        DocumentChecks.items(validation, items, itemsRequired);
        validation.maxLength("number", number, 40);
        validation.maxLength("header", header, 1000);
        if (settings != null) {
            settings.validate(validation);
        }
        if (discount != null) {
            discount.validate(validation, "discount.");
        }
        DocumentChecks.taxes(validation, welfareFund, withholdingTax, null);
        DocumentChecks.amount(validation, "stamp_duty_amount", stampDutyAmount);
    }
}
