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

    /**
     * Keeps its own copy of the items, the invoice ids and the keys beyond the declared ones.
     *
     * @param id                 its id
     * @param organizationId     the id of the organization
     * @param number             its number
     * @param status             {@code pending_approval}, {@code approved} or {@code canceled}
     * @param currency           its currency
     * @param totalAmount        the total, VAT included
     * @param totalAmountCents   the total in cents
     * @param vatAmount          the VAT
     * @param vatAmountCents     the VAT in cents
     * @param issueDate          the day it was issued
     * @param expiryDate         the day it expires
     * @param createdAt          when it was created
     * @param items              its lines
     * @param client             the client, as the document recorded it
     * @param organization       the issuing organization, as the document recorded it
     * @param attachmentId       the id of its PDF as an attachment
     * @param quoteUrl           the link to the quote's PDF
     * @param contactEmail       the e-mail address the client may write to
     * @param termsAndConditions the terms and conditions printed on it
     * @param header             the text printed above the items
     * @param footer             the text printed below the items
     * @param discount           a discount on the whole quote, if any
     * @param approvedAt         when the client approved it
     * @param canceledAt         when it was canceled
     * @param welfareFund        the Italian social security fund contribution, if any
     * @param withholdingTax     the Italian withholding tax, if any
     * @param stampDutyAmount    the stamp duty (Italian marca da bollo), a decimal string
     * @param invoiceIds         the ids of the invoices made from it
     * @param otherFields        the keys beyond the declared ones, kept and written back as they are; none when null
     */
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
