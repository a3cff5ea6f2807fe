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
