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
 * A bill the organization received, uploaded as a file and analysed by Qonto: until then the supplier, amounts and
 * dates are null. {@code status} is one of to_review, to_approve, awaiting_payment, pending, scheduled, paid,
 * archived, rejected or discarded (Qonto's reference prints it as an object, its API sends the string). The IBAN to
 * pay is left out of {@link #toString()}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplierInvoice(String id, String status, String organizationId, String sourceType, String attachmentId,
        Instant updatedAt, Instant createdAt, String fileName, String declinedNote, Boolean isEinvoice,
        Boolean hasDiscrepancies, String displayAttachmentId, String eInvoiceType, Boolean hasDuplicates,
        String invoiceNumber, String supplierName, String vatNumber, String tin, String description,
        Money totalAmount, LocalDate issueDate, LocalDate dueDate, LocalDate paymentDate, LocalDate scheduledDate,
        String iban, String initiatorId, String source, Boolean isAttachmentInvoice, String attachmentCategory,
        Boolean isAttachmentNonFinancial, Instant analyzedAt, List<String> matchedTransactions,
        List<String> transferIds, RequestTransfer requestTransfer, List<EInvoicingEvent> einvoicingLifecycleEvents,
        Meta meta, AvailableActions availableActions, ApprovalWorkflow approvalWorkflow, Money payableAmount,
        Money totalAmountCreditNotes, Boolean isCreditNote, Boolean hasSuggestedCreditNotes,
        List<RelatedInvoice> relatedInvoices, List<SuggestedTransaction> suggestedTransactions,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    public SupplierInvoice {
        matchedTransactions = matchedTransactions == null ? null : List.copyOf(matchedTransactions);
        transferIds = transferIds == null ? null : List.copyOf(transferIds);
        einvoicingLifecycleEvents = einvoicingLifecycleEvents == null ? null : List.copyOf(einvoicingLifecycleEvents);
        relatedInvoices = relatedInvoices == null ? null : List.copyOf(relatedInvoices);
        suggestedTransactions = suggestedTransactions == null ? null : List.copyOf(suggestedTransactions);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** The transfer request made to pay the invoice. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestTransfer(String id, String initiatorId,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public RequestTransfer {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** Where the invoice came from and when bookkeeping recorded it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meta(String integrationType, String connector, Instant accountingRecordedAt,
            String accountingRecordedSource, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public Meta {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /**
     * What can be done to the invoice now, and, by action, the reasons why not ({@code missing_data},
     * {@code invalid_status}): lists of strings, kept as JSON reads them so that a shape Qonto adds is not lost.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AvailableActions(Boolean delete, Boolean archive, Boolean unarchive, Boolean pay,
            Map<String, Object> reasons, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public AvailableActions {
            reasons = reasons == null ? null : OtherFields.copyOf(reasons);
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** Who approves the invoice's payment, and who did. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApprovalWorkflow(List<String> approverIds, String supplierInvoiceRequestId, String verifiedBy,
            String lastApprovedBy, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public ApprovalWorkflow {
            approverIds = approverIds == null ? null : List.copyOf(approverIds);
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** Another invoice this one relates to, such as the credit note of it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RelatedInvoice(String id, String invoiceNumber, Money totalAmount, String attachmentId,
            String fileName, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public RelatedInvoice {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** A transaction that may be the payment of the invoice, with Qonto's confidence as a decimal string. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SuggestedTransaction(String id, String score,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public SuggestedTransaction {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    @Override
    public String toString() {
        return "SupplierInvoice[id=" + id + ", status=" + status + ", invoiceNumber=" + invoiceNumber
                + ", supplierName=" + supplierName + ", totalAmount=" + totalAmount + ", dueDate=" + dueDate
                + ", fileName=" + fileName + ", updatedAt=" + updatedAt + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
