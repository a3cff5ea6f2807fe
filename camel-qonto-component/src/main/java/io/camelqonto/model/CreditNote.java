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

/** A credit note: a correction, in whole or in part, of the client invoice {@code invoiceId}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreditNote(String id, String invoiceId, String attachmentId, LocalDate issueDate,
        LocalDate invoiceIssueDate, String number, String termsAndConditions, String header, String footer,
        Money vatAmount, Long vatAmountCents, Money totalAmount, Long totalAmountCents, String currency,
        Instant createdAt, Instant finalizedAt, String contactEmail, String invoiceUrl, String einvoicingStatus,
        InvoiceTaxes.WelfareFund welfareFund, InvoiceTaxes.WithholdingTax withholdingTax, String stampDutyAmount,
        List<InvoiceItem> items, InvoiceClient client, List<EInvoicingEvent> einvoicingLifecycleEvents,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the items, the e-invoicing lifecycle events and the keys beyond the declared ones.
     *
     * @param id                        its id
     * @param invoiceId                 the id of the client invoice it corrects
     * @param attachmentId              the id of its PDF as an attachment
     * @param issueDate                 the day it was issued
     * @param invoiceIssueDate          the day that invoice was issued
     * @param number                    its number
     * @param termsAndConditions        the terms and conditions printed on it
     * @param header                    the text printed above the items
     * @param footer                    the text printed below the items
     * @param vatAmount                 the VAT
     * @param vatAmountCents            the VAT in cents
     * @param totalAmount               the total, VAT included
     * @param totalAmountCents          the total in cents
     * @param currency                  the currency, e.g. {@code EUR}
     * @param createdAt                 when it was created
     * @param finalizedAt               when it was finalized
     * @param contactEmail              the e-mail address the client may write to
     * @param invoiceUrl                the link to the invoice's PDF
     * @param einvoicingStatus          where it stands on the e-invoicing network
     * @param welfareFund               the Italian social security fund contribution, if any
     * @param withholdingTax            the Italian withholding tax, if any
     * @param stampDutyAmount           the stamp duty (Italian marca da bollo), a decimal string
     * @param items                     its lines
     * @param client                    the client, as the document recorded it
     * @param einvoicingLifecycleEvents its steps on the e-invoicing network
     * @param otherFields               the keys beyond the declared ones, kept and written back as they are; none when
     *                                  null
     */
    public CreditNote {
        items = items == null ? null : List.copyOf(items);
        einvoicingLifecycleEvents = einvoicingLifecycleEvents == null ? null : List.copyOf(einvoicingLifecycleEvents);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "CreditNote[id=" + id + ", number=" + number + ", invoiceId=" + invoiceId + ", totalAmount="
                + totalAmount + ", issueDate=" + issueDate + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
