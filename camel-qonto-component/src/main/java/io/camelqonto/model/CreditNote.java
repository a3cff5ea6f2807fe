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
