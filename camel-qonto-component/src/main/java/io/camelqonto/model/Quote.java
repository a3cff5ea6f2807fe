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
 * A quote to a client: {@code pending_approval} until the client approves it ({@code approved}) or it is
 * {@code canceled}; {@code invoiceIds} lists the invoices made from it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(String id, String organizationId, String number, String status, String currency,
        Money totalAmount, Long totalAmountCents, Money vatAmount, Long vatAmountCents, LocalDate issueDate,
        LocalDate expiryDate, Instant createdAt, List<InvoiceItem> items, InvoiceClient client,
        InvoiceOrganization organization, String attachmentId, String quoteUrl, String contactEmail,
        String termsAndConditions, String header, String footer, InvoiceItem.Discount discount, Instant approvedAt,
        Instant canceledAt, InvoiceTaxes.WelfareFund welfareFund, InvoiceTaxes.WithholdingTax withholdingTax,
        String stampDutyAmount, List<String> invoiceIds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    public Quote {
        items = items == null ? null : List.copyOf(items);
        invoiceIds = invoiceIds == null ? null : List.copyOf(invoiceIds);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "Quote[id=" + id + ", number=" + number + ", status=" + status + ", totalAmount=" + totalAmount
                + ", issueDate=" + issueDate + ", expiryDate=" + expiryDate + ", client="
                + (client == null ? null : client.id()) + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
