package io.camelqonto.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An invoice the organization issues to a client. {@code status} is {@code draft} (editable, no number yet),
 * {@code unpaid}, {@code paid} or {@code canceled}; amounts are {@link Money} with their {@code *_cents} twins.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientInvoice(String id, String organizationId, String number, String purchaseOrder, String status,
        String invoiceUrl, String contactEmail, String termsAndConditions, String discountConditions,
        String latePaymentPenalties, String legalFixedCompensation, String header, String footer, String currency,
        Money totalAmount, Long totalAmountCents, Money vatAmount, Long vatAmountCents, LocalDate issueDate,
        LocalDate dueDate, LocalDate performanceStartDate, LocalDate performanceEndDate, Instant createdAt,
        Instant updatedAt, Instant finalizedAt, Instant paidAt, String stampDutyAmount, List<InvoiceItem> items,
        InvoiceClient client, List<PaymentMethod> paymentMethods, List<String> creditNotesIds,
        InvoiceOrganization organization, String invoiceType, String attachmentId, String einvoicingStatus,
        InvoiceTaxes.WelfareFund welfareFund, InvoiceTaxes.WithholdingTax withholdingTax,
        InvoiceTaxes.PaymentReporting paymentReporting, List<EInvoicingEvent> einvoicingLifecycleEvents,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the items, the payment methods, the credit note ids, the e-invoicing lifecycle events and
     * the keys beyond the declared ones.
     *
     * @param id                        its id
     * @param organizationId            the id of the organization
     * @param number                    its number; null while it is a draft
     * @param purchaseOrder             the client's purchase order number
     * @param status                    {@code draft}, {@code unpaid}, {@code paid} or {@code canceled}
     * @param invoiceUrl                the link to the invoice's PDF
     * @param contactEmail              the e-mail address the client may write to
     * @param termsAndConditions        the terms and conditions printed on it
     * @param discountConditions        the conditions of a discount for early payment
     * @param latePaymentPenalties      the penalties for late payment
     * @param legalFixedCompensation    the fixed compensation for recovery costs the law provides
     * @param header                    the text printed above the items
     * @param footer                    the text printed below the items
     * @param currency                  its currency
     * @param totalAmount               the total, VAT included
     * @param totalAmountCents          the total in cents
     * @param vatAmount                 the VAT
     * @param vatAmountCents            the VAT in cents
     * @param issueDate                 the day it was issued
     * @param dueDate                   the day payment is due
     * @param performanceStartDate      the first day of the goods or services invoiced
     * @param performanceEndDate        the last day of the goods or services invoiced
     * @param createdAt                 when it was created
     * @param updatedAt                 when it was last updated
     * @param finalizedAt               when it was finalized
     * @param paidAt                    when it was paid
     * @param stampDutyAmount           the stamp duty (Italian marca da bollo), a decimal string
     * @param items                     its lines
     * @param client                    the client, as the document recorded it
     * @param paymentMethods            how the client may pay
     * @param creditNotesIds            the ids of the credit notes correcting it
     * @param organization              the issuing organization, as the document recorded it
     * @param invoiceType               the type of invoice
     * @param attachmentId              the id of its PDF as an attachment
     * @param einvoicingStatus          where it stands on the e-invoicing network
     * @param welfareFund               the Italian social security fund contribution, if any
     * @param withholdingTax            the Italian withholding tax, if any
     * @param paymentReporting          how it is to be paid, as Italian e-invoices code it
     * @param einvoicingLifecycleEvents its steps on the e-invoicing network
     * @param otherFields               the keys beyond the declared ones, kept and written back as they are; none when
     *                                  null
     */
    public ClientInvoice {
        items = items == null ? null : List.copyOf(items);
        paymentMethods = paymentMethods == null ? null : List.copyOf(paymentMethods);
        creditNotesIds = creditNotesIds == null ? null : List.copyOf(creditNotesIds);
        einvoicingLifecycleEvents = einvoicingLifecycleEvents == null ? null : List.copyOf(einvoicingLifecycleEvents);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** How the client may pay: a transfer to this account. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PaymentMethod(String type, String beneficiaryName, String bic, String iban,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param type            the kind of payment, e.g. {@code transfer}
         * @param beneficiaryName the name of the account's holder
         * @param bic             its BIC
         * @param iban            the IBAN to pay to
         * @param otherFields     the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public PaymentMethod {
            otherFields = OtherFields.copyOf(otherFields);
        }

        @Override
        public String toString() {
            return "PaymentMethod[type=" + type + ", bic=" + bic + ", iban=" + Iban.mask(iban) + ", otherFields="
                    + OtherFields.describe(otherFields) + "]";
        }
    }

    @Override
    public String toString() {
        return "ClientInvoice[id=" + id + ", number=" + number + ", status=" + status + ", totalAmount=" + totalAmount
                + ", issueDate=" + issueDate + ", dueDate=" + dueDate + ", client=" + (client == null ? null : client.id())
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
