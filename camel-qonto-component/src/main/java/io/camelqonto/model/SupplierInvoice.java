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

    /**
     * Keeps its own copy of the matched transactions, the transfer ids, the e-invoicing lifecycle events, the related
     * invoices, the suggested transactions and the keys beyond the declared ones.
     *
     * @param id                        its id
     * @param status                    its status, e.g. {@code to_review}, {@code awaiting_payment} or {@code paid}
     * @param organizationId            the id of the organization
     * @param sourceType                how the invoice reached Qonto
     * @param attachmentId              the id of its file as an attachment
     * @param updatedAt                 when it was last updated
     * @param createdAt                 when it was created
     * @param fileName                  the name of its file
     * @param declinedNote              why its payment was declined
     * @param isEinvoice                whether it is an e-invoice
     * @param hasDiscrepancies          whether Qonto found discrepancies in it
     * @param displayAttachmentId       the id of the attachment shown for it
     * @param eInvoiceType              the type of e-invoice
     * @param hasDuplicates             whether Qonto found duplicates of it
     * @param invoiceNumber             the invoice's number
     * @param supplierName              the supplier's name
     * @param vatNumber                 the supplier's VAT number
     * @param tin                       the supplier's tax identification number
     * @param description               a description
     * @param totalAmount               its total, once Qonto analysed the file
     * @param issueDate                 the day it was issued
     * @param dueDate                   the day payment is due
     * @param paymentDate               the day it was paid
     * @param scheduledDate             the day its payment is scheduled for
     * @param iban                      the IBAN to pay it to
     * @param initiatorId               the id of the member who uploaded it
     * @param source                    where it was uploaded from
     * @param isAttachmentInvoice       whether its file is an invoice
     * @param attachmentCategory        the category of its file
     * @param isAttachmentNonFinancial  whether its file is not a financial document
     * @param analyzedAt                when Qonto analysed the file
     * @param matchedTransactions       the ids of the transactions matched with it
     * @param transferIds               the ids of the transfers that pay it
     * @param requestTransfer           the transfer request made to pay it, if any
     * @param einvoicingLifecycleEvents its steps on the e-invoicing network
     * @param meta                      where it came from and when bookkeeping recorded it
     * @param availableActions          what can be done to it now
     * @param approvalWorkflow          who approves its payment, and who did
     * @param payableAmount             what is left to pay
     * @param totalAmountCreditNotes    the total of its credit notes
     * @param isCreditNote              whether it is a credit note
     * @param hasSuggestedCreditNotes   whether Qonto suggests credit notes for it
     * @param relatedInvoices           the invoices it relates to
     * @param suggestedTransactions     the transactions that may be its payment
     * @param otherFields               the keys beyond the declared ones, kept and written back as they are; none when
     *                                  null
     */
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

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param id          the request's id
         * @param initiatorId the id of the member who made the request
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public RequestTransfer {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** Where the invoice came from and when bookkeeping recorded it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meta(String integrationType, String connector, Instant accountingRecordedAt,
            String accountingRecordedSource, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param integrationType          the kind of integration it came through
         * @param connector                the connector it came through
         * @param accountingRecordedAt     when bookkeeping recorded it
         * @param accountingRecordedSource what recorded it in bookkeeping
         * @param otherFields              the keys beyond the declared ones, kept and written back as they are; none
         *                                 when null
         */
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

        /**
         * Keeps its own copy of the reasons and the keys beyond the declared ones.
         *
         * @param delete      whether it can be deleted
         * @param archive     whether it can be archived
         * @param unarchive   whether it can be unarchived
         * @param pay         whether it can be paid
         * @param reasons     by action, the reasons why it cannot be done
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
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

        /**
         * Keeps its own copy of the approver ids and the keys beyond the declared ones.
         *
         * @param approverIds              the membership ids of those who approve
         * @param supplierInvoiceRequestId the id of the approval request
         * @param verifiedBy               who verified it
         * @param lastApprovedBy           who approved it last
         * @param otherFields              the keys beyond the declared ones, kept and written back as they are; none
         *                                 when null
         */
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

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param id            the related invoice's id
         * @param invoiceNumber its number
         * @param totalAmount   its total
         * @param attachmentId  the id of its file as an attachment
         * @param fileName      the name of its file
         * @param otherFields   the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public RelatedInvoice {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** A transaction that may be the payment of the invoice, with Qonto's confidence as a decimal string. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SuggestedTransaction(String id, String score,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param id          the transaction's id
         * @param score       Qonto's confidence, a decimal string
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
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
