/* Generated from the catalog rows of io.camelqonto.client.QontoOperation by EndpointOptionsGenerator: do not edit. */
package io.camelqonto.component;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The query parameters and inputs of Qonto's operations as endpoint options. Which of them apply
 * depends on the resource; the endpoint checks them against its resource's catalog rows.
 */
@UriParams
public class QontoEndpointOptions {

    /** The resources of the catalog and the webhook topics, for the endpoint's path. */
    public static final String RESOURCES = "organization,bankAccounts,bankAccount,transactions,transaction,requests,request,sepaTransfers,sepaTransfer,sepaBeneficiaries,sepaBeneficiary,labels,label,memberships,statements,statement,cards,card,cardAppearances,membership,teams,team,einvoicingSettings,clients,client,clientInvoices,clientInvoice,creditNotes,creditNote,quotes,quote,paymentLinkConnection,paymentLink,paymentLinks,paymentLinkPayments,recurringTransfers,recurringTransfer,bulkTransfers,bulkTransfer,internalTransfer,multiTransferRequest,internationalTransfer,internationalQuote,internationalBeneficiary,internationalBeneficiaries,externalTransfers,externalTransfer,legacyBeneficiaries,legacyBeneficiary,attachment,transactionAttachments,transactionAttachment,supplierInvoices,supplierInvoice,insuranceContract,oauthConsent,embedAuthLink,encodedRequest,webhookSubscriptions,webhookSubscription,scaSession,accounts,organizations,consent-revocations,terminal-payments";

    @UriParam(label = "filter",
              enums = "true,false",
              description = "organization: Include the external (aggregated) bank accounts.")
    private String includeExternalAccounts;

    @UriParam(label = "filter",
              description = "transactions: The bank account whose transactions are read (this or iban is required).")
    private String bankAccountId;

    @UriParam(label = "filter", secret = true,
              description = "transactions: The IBAN of the bank account whose transactions are read (bankAccountId is preferred: it keeps the IBAN out of the endpoint URI). Never sent to Qonto in a URL: the account is looked up by IBAN once. sepaBeneficiaries, legacyBeneficiaries: Only the beneficiaries with these IBANs, a comma list. Matched on the listed items, never sent to Qonto in a URL.")
    private String iban;

    @UriParam(label = "filter",
              enums = "pending,declined,completed,approved,canceled,processing,settled,validated,draft,unpaid,paid,pending_approval,open,expired,failed,refunded,to_review,to_approve,awaiting_payment,scheduled,archived,rejected,discarded",
              description = "transactions, requests, sepaTransfers, sepaBeneficiaries, clientInvoices, quotes, paymentLinks, externalTransfers, legacyBeneficiaries, supplierInvoices: Filter by status, a comma list. paymentLinkPayments: Only the payments with this status.")
    private String status;

    @UriParam(label = "filter",
              enums = "credit,debit",
              description = "transactions: Only credits or only debits.")
    private String side;

    @UriParam(label = "filter",
              description = "transactions: Filter by operation type, a comma list such as transfer, card, direct_debit, income, qonto_fee, cheque.")
    private String operationType;

    @UriParam(label = "filter",
              description = "transactions, sepaTransfers, clientInvoices, externalTransfers, legacyBeneficiaries, supplierInvoices: Only items updated at or after this ISO-8601 instant.")
    private String updatedAtFrom;

    @UriParam(label = "filter",
              description = "transactions, sepaTransfers, clientInvoices, externalTransfers, legacyBeneficiaries, supplierInvoices: Only items updated at or before this ISO-8601 instant.")
    private String updatedAtTo;

    @UriParam(label = "filter",
              description = "transactions: Only transactions settled at or after this ISO-8601 instant.")
    private String settledAtFrom;

    @UriParam(label = "filter",
              description = "transactions: Only transactions settled at or before this ISO-8601 instant.")
    private String settledAtTo;

    @UriParam(label = "filter",
              description = "transactions: Only transactions emitted at or after this ISO-8601 instant.")
    private String emittedAtFrom;

    @UriParam(label = "filter",
              description = "transactions: Only transactions emitted at or before this ISO-8601 instant.")
    private String emittedAtTo;

    @UriParam(label = "filter",
              enums = "true,false",
              description = "transactions: Only transactions with (true) or without (false) attachments.")
    private String withAttachments;

    @UriParam(label = "filter",
              enums = "labels,attachments,vat_details",
              description = "transactions, transaction: Embed related objects, a comma list.")
    private String includes;

    @UriParam(label = "filter",
              enums = "updated_at:asc,updated_at:desc,settled_at:asc,settled_at:desc,emitted_at:asc,emitted_at:desc,created_at:asc,created_at:desc,processed_at:asc,processed_at:desc,status:asc,status:desc,scheduled_date:asc,scheduled_date:desc,period:asc,period:desc,nickname:asc,nickname:desc,last_activity_at:asc,last_activity_at:desc,name:asc,name:desc,amount:asc,amount:desc,expiration_date:asc,expiration_date:desc,creation_date:asc,creation_date:desc,issue_date:asc,issue_date:desc,due_date:asc,due_date:desc",
              description = "transactions, requests, sepaTransfers, clientInvoices, creditNotes, quotes, supplierInvoices: Sort order of a list operation, field:direction. Consumers sort by their cursor field and refuse it. sepaBeneficiaries, statements, cards, clients, paymentLinks, paymentLinkPayments, legacyBeneficiaries: Sort order of a list operation, field:direction.")
    private String sortBy;

    @UriParam(label = "filter",
              enums = "transfer,multi_transfer,flash_card,virtual_card",
              description = "requests: Filter by request type, a comma list.")
    private String requestType;

    @UriParam(label = "filter",
              description = "requests: Only requests created at or after this ISO-8601 instant. clientInvoices, supplierInvoices: Only invoices created at or after this ISO-8601 instant. creditNotes: Only credit notes created at or after this ISO-8601 instant. quotes: Only quotes created at or after this ISO-8601 instant.")
    private String createdAtFrom;

    @UriParam(label = "filter",
              description = "requests: Only requests processed at or after this ISO-8601 instant.")
    private String processedAtFrom;

    @UriParam(label = "producer", secret = true,
              description = "request: The IBAN of the account to debit (default: the main account). The header CamelQontoDebitIban overrides it.")
    private String debitIban;

    @UriParam(label = "producer",
              description = "request: The reason given to the requester. The header CamelQontoDeclinedNote overrides it.")
    private String declinedNote;

    @UriParam(label = "filter",
              description = "sepaTransfers, externalTransfers: Only transfers scheduled on or after this ISO-8601 date.")
    private String scheduledDateFrom;

    @UriParam(label = "filter",
              description = "sepaTransfers, externalTransfers: Only transfers scheduled on or before this ISO-8601 date.")
    private String scheduledDateTo;

    @UriParam(label = "filter",
              description = "sepaTransfers, externalTransfers: Only transfers to these beneficiaries, a comma list of ids.")
    private String beneficiaryIds;

    @UriParam(label = "filter,producer",
              description = "sepaTransfers: Only the items with these ids, a comma list (at most 100). sepaBeneficiary, legacyBeneficiary: The beneficiaries, a comma list of ids; else the body (a list, a comma list or a beneficiary), else CamelQontoId. The header CamelQontoIds overrides it. cards: Only the items with these ids, a comma list.")
    private String ids;

    @UriParam(label = "filter",
              description = "sepaTransfers: Only the transfers these recurring transfers created, a comma list of ids.")
    private String recurringTransferIds;

    @UriParam(label = "filter",
              enums = "true,false",
              description = "sepaBeneficiaries, legacyBeneficiaries: Only trusted (true) or untrusted (false) beneficiaries.")
    private String trusted;

    @UriParam(label = "filter",
              description = "statements: Only the statements of these bank accounts, a comma list of ids. cards: Only the cards of these bank accounts, a comma list of ids.")
    private String bankAccountIds;

    @UriParam(label = "filter", secret = true,
              description = "statements: Only the statements of these IBANs, a comma list. Never sent to Qonto in a URL: each IBAN goes out as the id of its account, looked up once.")
    private String ibans;

    @UriParam(label = "filter",
              description = "statements: Only statements of this month or later, MM-YYYY.")
    private String periodFrom;

    @UriParam(label = "filter",
              description = "statements: Only statements of this month or earlier, MM-YYYY.")
    private String periodTo;

    @UriParam(label = "filter",
              description = "cards: Text searched in the holder's first and last name, and the card's id, nickname, last digits, status, pre-expiry date and expiry year and month. supplierInvoices: Text searched in the fields of queryFields.")
    private String search;

    @UriParam(label = "filter",
              description = "cards: Only the cards of these members, a comma list of membership ids.")
    private String holderIds;

    @UriParam(label = "filter",
              enums = "pending,live,paused,stolen,lost,pin_blocked,discarded,expired,shipped_lost,onhold,order_canceled,pre_expired,abusive",
              description = "cards: Filter by status, a comma list.")
    private String statuses;

    @UriParam(label = "filter",
              enums = "standard,plus,metal,virtual,virtual_partner,flash,advertising",
              description = "cards: Filter by card level, a comma list.")
    private String cardLevels;

    @UriParam(label = "producer",
              description = "card: The card's new nickname. The header CamelQontoNickname overrides it.")
    private String nickname;

    @UriParam(label = "producer,filter",
              description = "team: The name of the team to create, 2 to 100 characters. The header CamelQontoName overrides it. bankAccount: The name of the business account. The header CamelQontoName overrides it. clients: Only clients whose name contains this text (at least 2 characters; case and accents ignored). insuranceContract: The document's name. The header CamelQontoName overrides it.")
    private String name;

    @UriParam(label = "filter",
              description = "clients: Only the clients with this e-mail address (case ignored).")
    private String email;

    @UriParam(label = "filter",
              description = "clients: Only the clients with this VAT number (case ignored).")
    private String vatNumber;

    @UriParam(label = "filter",
              description = "clients: Only the clients with this tax identification number (case ignored).")
    private String taxIdentificationNumber;

    @UriParam(label = "filter",
              description = "clientInvoices, supplierInvoices: Only invoices created at or before this ISO-8601 instant. creditNotes: Only credit notes created at or before this ISO-8601 instant. quotes: Only quotes created at or before this ISO-8601 instant.")
    private String createdAtTo;

    @UriParam(label = "filter",
              enums = "true,false",
              description = "clientInvoices: Leave out invoices imported into Qonto (true, Qonto's default) or include them (false).")
    private String excludeImported;

    @UriParam(label = "producer",
              description = "clientInvoice: The day the invoice was paid, ISO-8601, not in the future; today when not set. The header CamelQontoPaidAt overrides it.")
    private String paidAt;

    @UriParam(label = "filter",
              description = "paymentLink: The amount of the link to be, a decimal string such as 25.00; with currency.")
    private String amount;

    @UriParam(label = "filter",
              description = "paymentLink: The currency of the link to be, such as EUR; with amount. internationalBeneficiaries: The beneficiaries' currency, ISO 4217, e.g. USD (required).")
    private String currency;

    @UriParam(label = "filter",
              description = "paymentLink: The customer's language, such as fr; instead of amount and currency.")
    private String locale;

    @UriParam(label = "filter,producer",
              description = "internationalTransfer: The currency the transfers are sent from, e.g. EUR (required). supplierInvoices: Where the uploaded invoices come from. The header CamelQontoSource overrides it.")
    private String source;

    @UriParam(label = "producer",
              description = "attachment, transactionAttachment, supplierInvoices, insuranceContract: The name Qonto stores the uploaded file under; else CamelFileName, else the name of the File or Path body. The header CamelQontoFileName overrides it.")
    private String fileName;

    @UriParam(label = "producer",
              description = "attachment, transactionAttachment, supplierInvoices, insuranceContract: The media type of the uploaded file, e.g. application/pdf; else Content-Type, else the file name's extension tells. The header CamelQontoContentType overrides it.")
    private String contentType;

    @UriParam(label = "filter",
              enums = "past_and_today,future,missing_date",
              description = "supplierInvoices: Filter by due date, a comma list.")
    private String dueDate;

    @UriParam(label = "filter",
              description = "supplierInvoices: Only the invoices of these attachments, a comma list of ids.")
    private String attachmentId;

    @UriParam(label = "filter",
              description = "supplierInvoices: Only invoices paid in a period Qonto names, such as this_week.")
    private String paymentDate;

    @UriParam(label = "filter",
              description = "supplierInvoices: Only invoices issued in a period Qonto names, such as this_week.")
    private String issueDate;

    @UriParam(label = "filter",
              enums = "true,false",
              description = "supplierInvoices: Only invoices that miss data to be paid (true) or not (false).")
    private String missingData;

    @UriParam(label = "filter",
              enums = "true,false",
              description = "supplierInvoices: Only invoices matched with transactions (true) or not (false).")
    private String matchedTransactions;

    @UriParam(label = "filter",
              enums = "duplicates",
              description = "supplierInvoices: Filter by document type, a comma list.")
    private String documentType;

    @UriParam(label = "filter",
              description = "supplierInvoices: Only the invoices these members approve, a comma list of membership ids.")
    private String approverId;

    @UriParam(label = "filter",
              description = "supplierInvoices: Only invoices issued on or after this ISO-8601 date.")
    private String issueDateFrom;

    @UriParam(label = "filter",
              enums = "true,false",
              description = "supplierInvoices: Leave credit notes out (true).")
    private String excludeCreditNotes;

    @UriParam(label = "filter",
              description = "supplierInvoices: Compare the payable amount with a bound in a currency: lte:100.00:EUR or gte:100.00:EUR.")
    private String payableAmount;

    @UriParam(label = "filter",
              description = "supplierInvoices: The fields search looks in, a comma list such as supplier_name,invoice_number.")
    private String queryFields;

    @UriParam(label = "producer",
              enums = "true,false",
              description = "supplierInvoices: Skip matching the uploaded files with transactions' attachments (true). The header CamelQontoSkipAttachmentMatcher overrides it.")
    private String skipAttachmentMatcher;

    @UriParam(label = "producer",
              description = "insuranceContract: What the document is, e.g. contract or statement. The header CamelQontoType overrides it.")
    private String type;

    /** {@return the {@code includeExternalAccounts} option as set, or null} */
    public String getIncludeExternalAccounts() {
        return includeExternalAccounts;
    }

    /**
     * Sets the {@code includeExternalAccounts} option.
     *
     * <p>organization: Include the external (aggregated) bank accounts.</p>
     *
     * @param includeExternalAccounts the value as written in the endpoint URI; null unsets it
     */
    public void setIncludeExternalAccounts(String includeExternalAccounts) {
        this.includeExternalAccounts = includeExternalAccounts;
    }

    /** {@return the {@code bankAccountId} option as set, or null} */
    public String getBankAccountId() {
        return bankAccountId;
    }

    /**
     * Sets the {@code bankAccountId} option.
     *
     * <p>transactions: The bank account whose transactions are read (this or iban is required).</p>
     *
     * @param bankAccountId the value as written in the endpoint URI; null unsets it
     */
    public void setBankAccountId(String bankAccountId) {
        this.bankAccountId = bankAccountId;
    }

    /** {@return the {@code iban} option as set, or null} */
    public String getIban() {
        return iban;
    }

    /**
     * Sets the {@code iban} option.
     *
     * <p>transactions: The IBAN of the bank account whose transactions are read (bankAccountId is preferred: it keeps the IBAN out of the endpoint URI). Never sent to Qonto in a URL: the account is looked up by IBAN once. sepaBeneficiaries, legacyBeneficiaries: Only the beneficiaries with these IBANs, a comma list. Matched on the listed items, never sent to Qonto in a URL.</p>
     *
     * @param iban the value as written in the endpoint URI; null unsets it
     */
    public void setIban(String iban) {
        this.iban = iban;
    }

    /** {@return the {@code status} option as set, or null} */
    public String getStatus() {
        return status;
    }

    /**
     * Sets the {@code status} option.
     *
     * <p>transactions, requests, sepaTransfers, sepaBeneficiaries, clientInvoices, quotes, paymentLinks, externalTransfers, legacyBeneficiaries, supplierInvoices: Filter by status, a comma list. paymentLinkPayments: Only the payments with this status.</p>
     *
     * @param status the value as written in the endpoint URI; null unsets it
     */
    public void setStatus(String status) {
        this.status = status;
    }

    /** {@return the {@code side} option as set, or null} */
    public String getSide() {
        return side;
    }

    /**
     * Sets the {@code side} option.
     *
     * <p>transactions: Only credits or only debits.</p>
     *
     * @param side the value as written in the endpoint URI; null unsets it
     */
    public void setSide(String side) {
        this.side = side;
    }

    /** {@return the {@code operationType} option as set, or null} */
    public String getOperationType() {
        return operationType;
    }

    /**
     * Sets the {@code operationType} option.
     *
     * <p>transactions: Filter by operation type, a comma list such as transfer, card, direct_debit, income, qonto_fee, cheque.</p>
     *
     * @param operationType the value as written in the endpoint URI; null unsets it
     */
    public void setOperationType(String operationType) {
        this.operationType = operationType;
    }

    /** {@return the {@code updatedAtFrom} option as set, or null} */
    public String getUpdatedAtFrom() {
        return updatedAtFrom;
    }

    /**
     * Sets the {@code updatedAtFrom} option.
     *
     * <p>transactions, sepaTransfers, clientInvoices, externalTransfers, legacyBeneficiaries, supplierInvoices: Only items updated at or after this ISO-8601 instant.</p>
     *
     * @param updatedAtFrom the value as written in the endpoint URI; null unsets it
     */
    public void setUpdatedAtFrom(String updatedAtFrom) {
        this.updatedAtFrom = updatedAtFrom;
    }

    /** {@return the {@code updatedAtTo} option as set, or null} */
    public String getUpdatedAtTo() {
        return updatedAtTo;
    }

    /**
     * Sets the {@code updatedAtTo} option.
     *
     * <p>transactions, sepaTransfers, clientInvoices, externalTransfers, legacyBeneficiaries, supplierInvoices: Only items updated at or before this ISO-8601 instant.</p>
     *
     * @param updatedAtTo the value as written in the endpoint URI; null unsets it
     */
    public void setUpdatedAtTo(String updatedAtTo) {
        this.updatedAtTo = updatedAtTo;
    }

    /** {@return the {@code settledAtFrom} option as set, or null} */
    public String getSettledAtFrom() {
        return settledAtFrom;
    }

    /**
     * Sets the {@code settledAtFrom} option.
     *
     * <p>transactions: Only transactions settled at or after this ISO-8601 instant.</p>
     *
     * @param settledAtFrom the value as written in the endpoint URI; null unsets it
     */
    public void setSettledAtFrom(String settledAtFrom) {
        this.settledAtFrom = settledAtFrom;
    }

    /** {@return the {@code settledAtTo} option as set, or null} */
    public String getSettledAtTo() {
        return settledAtTo;
    }

    /**
     * Sets the {@code settledAtTo} option.
     *
     * <p>transactions: Only transactions settled at or before this ISO-8601 instant.</p>
     *
     * @param settledAtTo the value as written in the endpoint URI; null unsets it
     */
    public void setSettledAtTo(String settledAtTo) {
        this.settledAtTo = settledAtTo;
    }

    /** {@return the {@code emittedAtFrom} option as set, or null} */
    public String getEmittedAtFrom() {
        return emittedAtFrom;
    }

    /**
     * Sets the {@code emittedAtFrom} option.
     *
     * <p>transactions: Only transactions emitted at or after this ISO-8601 instant.</p>
     *
     * @param emittedAtFrom the value as written in the endpoint URI; null unsets it
     */
    public void setEmittedAtFrom(String emittedAtFrom) {
        this.emittedAtFrom = emittedAtFrom;
    }

    /** {@return the {@code emittedAtTo} option as set, or null} */
    public String getEmittedAtTo() {
        return emittedAtTo;
    }

    /**
     * Sets the {@code emittedAtTo} option.
     *
     * <p>transactions: Only transactions emitted at or before this ISO-8601 instant.</p>
     *
     * @param emittedAtTo the value as written in the endpoint URI; null unsets it
     */
    public void setEmittedAtTo(String emittedAtTo) {
        this.emittedAtTo = emittedAtTo;
    }

    /** {@return the {@code withAttachments} option as set, or null} */
    public String getWithAttachments() {
        return withAttachments;
    }

    /**
     * Sets the {@code withAttachments} option.
     *
     * <p>transactions: Only transactions with (true) or without (false) attachments.</p>
     *
     * @param withAttachments the value as written in the endpoint URI; null unsets it
     */
    public void setWithAttachments(String withAttachments) {
        this.withAttachments = withAttachments;
    }

    /** {@return the {@code includes} option as set, or null} */
    public String getIncludes() {
        return includes;
    }

    /**
     * Sets the {@code includes} option.
     *
     * <p>transactions, transaction: Embed related objects, a comma list.</p>
     *
     * @param includes the value as written in the endpoint URI; null unsets it
     */
    public void setIncludes(String includes) {
        this.includes = includes;
    }

    /** {@return the {@code sortBy} option as set, or null} */
    public String getSortBy() {
        return sortBy;
    }

    /**
     * Sets the {@code sortBy} option.
     *
     * <p>transactions, requests, sepaTransfers, clientInvoices, creditNotes, quotes, supplierInvoices: Sort order of a list operation, field:direction. Consumers sort by their cursor field and refuse it. sepaBeneficiaries, statements, cards, clients, paymentLinks, paymentLinkPayments, legacyBeneficiaries: Sort order of a list operation, field:direction.</p>
     *
     * @param sortBy the value as written in the endpoint URI; null unsets it
     */
    public void setSortBy(String sortBy) {
        this.sortBy = sortBy;
    }

    /** {@return the {@code requestType} option as set, or null} */
    public String getRequestType() {
        return requestType;
    }

    /**
     * Sets the {@code requestType} option.
     *
     * <p>requests: Filter by request type, a comma list.</p>
     *
     * @param requestType the value as written in the endpoint URI; null unsets it
     */
    public void setRequestType(String requestType) {
        this.requestType = requestType;
    }

    /** {@return the {@code createdAtFrom} option as set, or null} */
    public String getCreatedAtFrom() {
        return createdAtFrom;
    }

    /**
     * Sets the {@code createdAtFrom} option.
     *
     * <p>requests: Only requests created at or after this ISO-8601 instant. clientInvoices, supplierInvoices: Only invoices created at or after this ISO-8601 instant. creditNotes: Only credit notes created at or after this ISO-8601 instant. quotes: Only quotes created at or after this ISO-8601 instant.</p>
     *
     * @param createdAtFrom the value as written in the endpoint URI; null unsets it
     */
    public void setCreatedAtFrom(String createdAtFrom) {
        this.createdAtFrom = createdAtFrom;
    }

    /** {@return the {@code processedAtFrom} option as set, or null} */
    public String getProcessedAtFrom() {
        return processedAtFrom;
    }

    /**
     * Sets the {@code processedAtFrom} option.
     *
     * <p>requests: Only requests processed at or after this ISO-8601 instant.</p>
     *
     * @param processedAtFrom the value as written in the endpoint URI; null unsets it
     */
    public void setProcessedAtFrom(String processedAtFrom) {
        this.processedAtFrom = processedAtFrom;
    }

    /** {@return the {@code debitIban} option as set, or null} */
    public String getDebitIban() {
        return debitIban;
    }

    /**
     * Sets the {@code debitIban} option.
     *
     * <p>request: The IBAN of the account to debit (default: the main account). The header CamelQontoDebitIban overrides it.</p>
     *
     * @param debitIban the value as written in the endpoint URI; null unsets it
     */
    public void setDebitIban(String debitIban) {
        this.debitIban = debitIban;
    }

    /** {@return the {@code declinedNote} option as set, or null} */
    public String getDeclinedNote() {
        return declinedNote;
    }

    /**
     * Sets the {@code declinedNote} option.
     *
     * <p>request: The reason given to the requester. The header CamelQontoDeclinedNote overrides it.</p>
     *
     * @param declinedNote the value as written in the endpoint URI; null unsets it
     */
    public void setDeclinedNote(String declinedNote) {
        this.declinedNote = declinedNote;
    }

    /** {@return the {@code scheduledDateFrom} option as set, or null} */
    public String getScheduledDateFrom() {
        return scheduledDateFrom;
    }

    /**
     * Sets the {@code scheduledDateFrom} option.
     *
     * <p>sepaTransfers, externalTransfers: Only transfers scheduled on or after this ISO-8601 date.</p>
     *
     * @param scheduledDateFrom the value as written in the endpoint URI; null unsets it
     */
    public void setScheduledDateFrom(String scheduledDateFrom) {
        this.scheduledDateFrom = scheduledDateFrom;
    }

    /** {@return the {@code scheduledDateTo} option as set, or null} */
    public String getScheduledDateTo() {
        return scheduledDateTo;
    }

    /**
     * Sets the {@code scheduledDateTo} option.
     *
     * <p>sepaTransfers, externalTransfers: Only transfers scheduled on or before this ISO-8601 date.</p>
     *
     * @param scheduledDateTo the value as written in the endpoint URI; null unsets it
     */
    public void setScheduledDateTo(String scheduledDateTo) {
        this.scheduledDateTo = scheduledDateTo;
    }

    /** {@return the {@code beneficiaryIds} option as set, or null} */
    public String getBeneficiaryIds() {
        return beneficiaryIds;
    }

    /**
     * Sets the {@code beneficiaryIds} option.
     *
     * <p>sepaTransfers, externalTransfers: Only transfers to these beneficiaries, a comma list of ids.</p>
     *
     * @param beneficiaryIds the value as written in the endpoint URI; null unsets it
     */
    public void setBeneficiaryIds(String beneficiaryIds) {
        this.beneficiaryIds = beneficiaryIds;
    }

    /** {@return the {@code ids} option as set, or null} */
    public String getIds() {
        return ids;
    }

    /**
     * Sets the {@code ids} option.
     *
     * <p>sepaTransfers: Only the items with these ids, a comma list (at most 100). sepaBeneficiary, legacyBeneficiary: The beneficiaries, a comma list of ids; else the body (a list, a comma list or a beneficiary), else CamelQontoId. The header CamelQontoIds overrides it. cards: Only the items with these ids, a comma list.</p>
     *
     * @param ids the value as written in the endpoint URI; null unsets it
     */
    public void setIds(String ids) {
        this.ids = ids;
    }

    /** {@return the {@code recurringTransferIds} option as set, or null} */
    public String getRecurringTransferIds() {
        return recurringTransferIds;
    }

    /**
     * Sets the {@code recurringTransferIds} option.
     *
     * <p>sepaTransfers: Only the transfers these recurring transfers created, a comma list of ids.</p>
     *
     * @param recurringTransferIds the value as written in the endpoint URI; null unsets it
     */
    public void setRecurringTransferIds(String recurringTransferIds) {
        this.recurringTransferIds = recurringTransferIds;
    }

    /** {@return the {@code trusted} option as set, or null} */
    public String getTrusted() {
        return trusted;
    }

    /**
     * Sets the {@code trusted} option.
     *
     * <p>sepaBeneficiaries, legacyBeneficiaries: Only trusted (true) or untrusted (false) beneficiaries.</p>
     *
     * @param trusted the value as written in the endpoint URI; null unsets it
     */
    public void setTrusted(String trusted) {
        this.trusted = trusted;
    }

    /** {@return the {@code bankAccountIds} option as set, or null} */
    public String getBankAccountIds() {
        return bankAccountIds;
    }

    /**
     * Sets the {@code bankAccountIds} option.
     *
     * <p>statements: Only the statements of these bank accounts, a comma list of ids. cards: Only the cards of these bank accounts, a comma list of ids.</p>
     *
     * @param bankAccountIds the value as written in the endpoint URI; null unsets it
     */
    public void setBankAccountIds(String bankAccountIds) {
        this.bankAccountIds = bankAccountIds;
    }

    /** {@return the {@code ibans} option as set, or null} */
    public String getIbans() {
        return ibans;
    }

    /**
     * Sets the {@code ibans} option.
     *
     * <p>statements: Only the statements of these IBANs, a comma list. Never sent to Qonto in a URL: each IBAN goes out as the id of its account, looked up once.</p>
     *
     * @param ibans the value as written in the endpoint URI; null unsets it
     */
    public void setIbans(String ibans) {
        this.ibans = ibans;
    }

    /** {@return the {@code periodFrom} option as set, or null} */
    public String getPeriodFrom() {
        return periodFrom;
    }

    /**
     * Sets the {@code periodFrom} option.
     *
     * <p>statements: Only statements of this month or later, MM-YYYY.</p>
     *
     * @param periodFrom the value as written in the endpoint URI; null unsets it
     */
    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    /** {@return the {@code periodTo} option as set, or null} */
    public String getPeriodTo() {
        return periodTo;
    }

    /**
     * Sets the {@code periodTo} option.
     *
     * <p>statements: Only statements of this month or earlier, MM-YYYY.</p>
     *
     * @param periodTo the value as written in the endpoint URI; null unsets it
     */
    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }

    /** {@return the {@code search} option as set, or null} */
    public String getSearch() {
        return search;
    }

    /**
     * Sets the {@code search} option.
     *
     * <p>cards: Text searched in the holder's first and last name, and the card's id, nickname, last digits, status, pre-expiry date and expiry year and month. supplierInvoices: Text searched in the fields of queryFields.</p>
     *
     * @param search the value as written in the endpoint URI; null unsets it
     */
    public void setSearch(String search) {
        this.search = search;
    }

    /** {@return the {@code holderIds} option as set, or null} */
    public String getHolderIds() {
        return holderIds;
    }

    /**
     * Sets the {@code holderIds} option.
     *
     * <p>cards: Only the cards of these members, a comma list of membership ids.</p>
     *
     * @param holderIds the value as written in the endpoint URI; null unsets it
     */
    public void setHolderIds(String holderIds) {
        this.holderIds = holderIds;
    }

    /** {@return the {@code statuses} option as set, or null} */
    public String getStatuses() {
        return statuses;
    }

    /**
     * Sets the {@code statuses} option.
     *
     * <p>cards: Filter by status, a comma list.</p>
     *
     * @param statuses the value as written in the endpoint URI; null unsets it
     */
    public void setStatuses(String statuses) {
        this.statuses = statuses;
    }

    /** {@return the {@code cardLevels} option as set, or null} */
    public String getCardLevels() {
        return cardLevels;
    }

    /**
     * Sets the {@code cardLevels} option.
     *
     * <p>cards: Filter by card level, a comma list.</p>
     *
     * @param cardLevels the value as written in the endpoint URI; null unsets it
     */
    public void setCardLevels(String cardLevels) {
        this.cardLevels = cardLevels;
    }

    /** {@return the {@code nickname} option as set, or null} */
    public String getNickname() {
        return nickname;
    }

    /**
     * Sets the {@code nickname} option.
     *
     * <p>card: The card's new nickname. The header CamelQontoNickname overrides it.</p>
     *
     * @param nickname the value as written in the endpoint URI; null unsets it
     */
    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    /** {@return the {@code name} option as set, or null} */
    public String getName() {
        return name;
    }

    /**
     * Sets the {@code name} option.
     *
     * <p>team: The name of the team to create, 2 to 100 characters. The header CamelQontoName overrides it. bankAccount: The name of the business account. The header CamelQontoName overrides it. clients: Only clients whose name contains this text (at least 2 characters; case and accents ignored). insuranceContract: The document's name. The header CamelQontoName overrides it.</p>
     *
     * @param name the value as written in the endpoint URI; null unsets it
     */
    public void setName(String name) {
        this.name = name;
    }

    /** {@return the {@code email} option as set, or null} */
    public String getEmail() {
        return email;
    }

    /**
     * Sets the {@code email} option.
     *
     * <p>clients: Only the clients with this e-mail address (case ignored).</p>
     *
     * @param email the value as written in the endpoint URI; null unsets it
     */
    public void setEmail(String email) {
        this.email = email;
    }

    /** {@return the {@code vatNumber} option as set, or null} */
    public String getVatNumber() {
        return vatNumber;
    }

    /**
     * Sets the {@code vatNumber} option.
     *
     * <p>clients: Only the clients with this VAT number (case ignored).</p>
     *
     * @param vatNumber the value as written in the endpoint URI; null unsets it
     */
    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
    }

    /** {@return the {@code taxIdentificationNumber} option as set, or null} */
    public String getTaxIdentificationNumber() {
        return taxIdentificationNumber;
    }

    /**
     * Sets the {@code taxIdentificationNumber} option.
     *
     * <p>clients: Only the clients with this tax identification number (case ignored).</p>
     *
     * @param taxIdentificationNumber the value as written in the endpoint URI; null unsets it
     */
    public void setTaxIdentificationNumber(String taxIdentificationNumber) {
        this.taxIdentificationNumber = taxIdentificationNumber;
    }

    /** {@return the {@code createdAtTo} option as set, or null} */
    public String getCreatedAtTo() {
        return createdAtTo;
    }

    /**
     * Sets the {@code createdAtTo} option.
     *
     * <p>clientInvoices, supplierInvoices: Only invoices created at or before this ISO-8601 instant. creditNotes: Only credit notes created at or before this ISO-8601 instant. quotes: Only quotes created at or before this ISO-8601 instant.</p>
     *
     * @param createdAtTo the value as written in the endpoint URI; null unsets it
     */
    public void setCreatedAtTo(String createdAtTo) {
        this.createdAtTo = createdAtTo;
    }

    /** {@return the {@code excludeImported} option as set, or null} */
    public String getExcludeImported() {
        return excludeImported;
    }

    /**
     * Sets the {@code excludeImported} option.
     *
     * <p>clientInvoices: Leave out invoices imported into Qonto (true, Qonto's default) or include them (false).</p>
     *
     * @param excludeImported the value as written in the endpoint URI; null unsets it
     */
    public void setExcludeImported(String excludeImported) {
        this.excludeImported = excludeImported;
    }

    /** {@return the {@code paidAt} option as set, or null} */
    public String getPaidAt() {
        return paidAt;
    }

    /**
     * Sets the {@code paidAt} option.
     *
     * <p>clientInvoice: The day the invoice was paid, ISO-8601, not in the future; today when not set. The header CamelQontoPaidAt overrides it.</p>
     *
     * @param paidAt the value as written in the endpoint URI; null unsets it
     */
    public void setPaidAt(String paidAt) {
        this.paidAt = paidAt;
    }

    /** {@return the {@code amount} option as set, or null} */
    public String getAmount() {
        return amount;
    }

    /**
     * Sets the {@code amount} option.
     *
     * <p>paymentLink: The amount of the link to be, a decimal string such as 25.00; with currency.</p>
     *
     * @param amount the value as written in the endpoint URI; null unsets it
     */
    public void setAmount(String amount) {
        this.amount = amount;
    }

    /** {@return the {@code currency} option as set, or null} */
    public String getCurrency() {
        return currency;
    }

    /**
     * Sets the {@code currency} option.
     *
     * <p>paymentLink: The currency of the link to be, such as EUR; with amount. internationalBeneficiaries: The beneficiaries' currency, ISO 4217, e.g. USD (required).</p>
     *
     * @param currency the value as written in the endpoint URI; null unsets it
     */
    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** {@return the {@code locale} option as set, or null} */
    public String getLocale() {
        return locale;
    }

    /**
     * Sets the {@code locale} option.
     *
     * <p>paymentLink: The customer's language, such as fr; instead of amount and currency.</p>
     *
     * @param locale the value as written in the endpoint URI; null unsets it
     */
    public void setLocale(String locale) {
        this.locale = locale;
    }

    /** {@return the {@code source} option as set, or null} */
    public String getSource() {
        return source;
    }

    /**
     * Sets the {@code source} option.
     *
     * <p>internationalTransfer: The currency the transfers are sent from, e.g. EUR (required). supplierInvoices: Where the uploaded invoices come from. The header CamelQontoSource overrides it.</p>
     *
     * @param source the value as written in the endpoint URI; null unsets it
     */
    public void setSource(String source) {
        this.source = source;
    }

    /** {@return the {@code fileName} option as set, or null} */
    public String getFileName() {
        return fileName;
    }

    /**
     * Sets the {@code fileName} option.
     *
     * <p>attachment, transactionAttachment, supplierInvoices, insuranceContract: The name Qonto stores the uploaded file under; else CamelFileName, else the name of the File or Path body. The header CamelQontoFileName overrides it.</p>
     *
     * @param fileName the value as written in the endpoint URI; null unsets it
     */
    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    /** {@return the {@code contentType} option as set, or null} */
    public String getContentType() {
        return contentType;
    }

    /**
     * Sets the {@code contentType} option.
     *
     * <p>attachment, transactionAttachment, supplierInvoices, insuranceContract: The media type of the uploaded file, e.g. application/pdf; else Content-Type, else the file name's extension tells. The header CamelQontoContentType overrides it.</p>
     *
     * @param contentType the value as written in the endpoint URI; null unsets it
     */
    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    /** {@return the {@code dueDate} option as set, or null} */
    public String getDueDate() {
        return dueDate;
    }

    /**
     * Sets the {@code dueDate} option.
     *
     * <p>supplierInvoices: Filter by due date, a comma list.</p>
     *
     * @param dueDate the value as written in the endpoint URI; null unsets it
     */
    public void setDueDate(String dueDate) {
        this.dueDate = dueDate;
    }

    /** {@return the {@code attachmentId} option as set, or null} */
    public String getAttachmentId() {
        return attachmentId;
    }

    /**
     * Sets the {@code attachmentId} option.
     *
     * <p>supplierInvoices: Only the invoices of these attachments, a comma list of ids.</p>
     *
     * @param attachmentId the value as written in the endpoint URI; null unsets it
     */
    public void setAttachmentId(String attachmentId) {
        this.attachmentId = attachmentId;
    }

    /** {@return the {@code paymentDate} option as set, or null} */
    public String getPaymentDate() {
        return paymentDate;
    }

    /**
     * Sets the {@code paymentDate} option.
     *
     * <p>supplierInvoices: Only invoices paid in a period Qonto names, such as this_week.</p>
     *
     * @param paymentDate the value as written in the endpoint URI; null unsets it
     */
    public void setPaymentDate(String paymentDate) {
        this.paymentDate = paymentDate;
    }

    /** {@return the {@code issueDate} option as set, or null} */
    public String getIssueDate() {
        return issueDate;
    }

    /**
     * Sets the {@code issueDate} option.
     *
     * <p>supplierInvoices: Only invoices issued in a period Qonto names, such as this_week.</p>
     *
     * @param issueDate the value as written in the endpoint URI; null unsets it
     */
    public void setIssueDate(String issueDate) {
        this.issueDate = issueDate;
    }

    /** {@return the {@code missingData} option as set, or null} */
    public String getMissingData() {
        return missingData;
    }

    /**
     * Sets the {@code missingData} option.
     *
     * <p>supplierInvoices: Only invoices that miss data to be paid (true) or not (false).</p>
     *
     * @param missingData the value as written in the endpoint URI; null unsets it
     */
    public void setMissingData(String missingData) {
        this.missingData = missingData;
    }

    /** {@return the {@code matchedTransactions} option as set, or null} */
    public String getMatchedTransactions() {
        return matchedTransactions;
    }

    /**
     * Sets the {@code matchedTransactions} option.
     *
     * <p>supplierInvoices: Only invoices matched with transactions (true) or not (false).</p>
     *
     * @param matchedTransactions the value as written in the endpoint URI; null unsets it
     */
    public void setMatchedTransactions(String matchedTransactions) {
        this.matchedTransactions = matchedTransactions;
    }

    /** {@return the {@code documentType} option as set, or null} */
    public String getDocumentType() {
        return documentType;
    }

    /**
     * Sets the {@code documentType} option.
     *
     * <p>supplierInvoices: Filter by document type, a comma list.</p>
     *
     * @param documentType the value as written in the endpoint URI; null unsets it
     */
    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    /** {@return the {@code approverId} option as set, or null} */
    public String getApproverId() {
        return approverId;
    }

    /**
     * Sets the {@code approverId} option.
     *
     * <p>supplierInvoices: Only the invoices these members approve, a comma list of membership ids.</p>
     *
     * @param approverId the value as written in the endpoint URI; null unsets it
     */
    public void setApproverId(String approverId) {
        this.approverId = approverId;
    }

    /** {@return the {@code issueDateFrom} option as set, or null} */
    public String getIssueDateFrom() {
        return issueDateFrom;
    }

    /**
     * Sets the {@code issueDateFrom} option.
     *
     * <p>supplierInvoices: Only invoices issued on or after this ISO-8601 date.</p>
     *
     * @param issueDateFrom the value as written in the endpoint URI; null unsets it
     */
    public void setIssueDateFrom(String issueDateFrom) {
        this.issueDateFrom = issueDateFrom;
    }

    /** {@return the {@code excludeCreditNotes} option as set, or null} */
    public String getExcludeCreditNotes() {
        return excludeCreditNotes;
    }

    /**
     * Sets the {@code excludeCreditNotes} option.
     *
     * <p>supplierInvoices: Leave credit notes out (true).</p>
     *
     * @param excludeCreditNotes the value as written in the endpoint URI; null unsets it
     */
    public void setExcludeCreditNotes(String excludeCreditNotes) {
        this.excludeCreditNotes = excludeCreditNotes;
    }

    /** {@return the {@code payableAmount} option as set, or null} */
    public String getPayableAmount() {
        return payableAmount;
    }

    /**
     * Sets the {@code payableAmount} option.
     *
     * <p>supplierInvoices: Compare the payable amount with a bound in a currency: lte:100.00:EUR or gte:100.00:EUR.</p>
     *
     * @param payableAmount the value as written in the endpoint URI; null unsets it
     */
    public void setPayableAmount(String payableAmount) {
        this.payableAmount = payableAmount;
    }

    /** {@return the {@code queryFields} option as set, or null} */
    public String getQueryFields() {
        return queryFields;
    }

    /**
     * Sets the {@code queryFields} option.
     *
     * <p>supplierInvoices: The fields search looks in, a comma list such as supplier_name,invoice_number.</p>
     *
     * @param queryFields the value as written in the endpoint URI; null unsets it
     */
    public void setQueryFields(String queryFields) {
        this.queryFields = queryFields;
    }

    /** {@return the {@code skipAttachmentMatcher} option as set, or null} */
    public String getSkipAttachmentMatcher() {
        return skipAttachmentMatcher;
    }

    /**
     * Sets the {@code skipAttachmentMatcher} option.
     *
     * <p>supplierInvoices: Skip matching the uploaded files with transactions' attachments (true). The header CamelQontoSkipAttachmentMatcher overrides it.</p>
     *
     * @param skipAttachmentMatcher the value as written in the endpoint URI; null unsets it
     */
    public void setSkipAttachmentMatcher(String skipAttachmentMatcher) {
        this.skipAttachmentMatcher = skipAttachmentMatcher;
    }

    /** {@return the {@code type} option as set, or null} */
    public String getType() {
        return type;
    }

    /**
     * Sets the {@code type} option.
     *
     * <p>insuranceContract: What the document is, e.g. contract or statement. The header CamelQontoType overrides it.</p>
     *
     * @param type the value as written in the endpoint URI; null unsets it
     */
    public void setType(String type) {
        this.type = type;
    }

    /** {@return the options that are set, by Camel name, in catalog order} */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        if (includeExternalAccounts != null) {
            values.put("includeExternalAccounts", includeExternalAccounts);
        }
        if (bankAccountId != null) {
            values.put("bankAccountId", bankAccountId);
        }
        if (iban != null) {
            values.put("iban", iban);
        }
        if (status != null) {
            values.put("status", status);
        }
        if (side != null) {
            values.put("side", side);
        }
        if (operationType != null) {
            values.put("operationType", operationType);
        }
        if (updatedAtFrom != null) {
            values.put("updatedAtFrom", updatedAtFrom);
        }
        if (updatedAtTo != null) {
            values.put("updatedAtTo", updatedAtTo);
        }
        if (settledAtFrom != null) {
            values.put("settledAtFrom", settledAtFrom);
        }
        if (settledAtTo != null) {
            values.put("settledAtTo", settledAtTo);
        }
        if (emittedAtFrom != null) {
            values.put("emittedAtFrom", emittedAtFrom);
        }
        if (emittedAtTo != null) {
            values.put("emittedAtTo", emittedAtTo);
        }
        if (withAttachments != null) {
            values.put("withAttachments", withAttachments);
        }
        if (includes != null) {
            values.put("includes", includes);
        }
        if (sortBy != null) {
            values.put("sortBy", sortBy);
        }
        if (requestType != null) {
            values.put("requestType", requestType);
        }
        if (createdAtFrom != null) {
            values.put("createdAtFrom", createdAtFrom);
        }
        if (processedAtFrom != null) {
            values.put("processedAtFrom", processedAtFrom);
        }
        if (debitIban != null) {
            values.put("debitIban", debitIban);
        }
        if (declinedNote != null) {
            values.put("declinedNote", declinedNote);
        }
        if (scheduledDateFrom != null) {
            values.put("scheduledDateFrom", scheduledDateFrom);
        }
        if (scheduledDateTo != null) {
            values.put("scheduledDateTo", scheduledDateTo);
        }
        if (beneficiaryIds != null) {
            values.put("beneficiaryIds", beneficiaryIds);
        }
        if (ids != null) {
            values.put("ids", ids);
        }
        if (recurringTransferIds != null) {
            values.put("recurringTransferIds", recurringTransferIds);
        }
        if (trusted != null) {
            values.put("trusted", trusted);
        }
        if (bankAccountIds != null) {
            values.put("bankAccountIds", bankAccountIds);
        }
        if (ibans != null) {
            values.put("ibans", ibans);
        }
        if (periodFrom != null) {
            values.put("periodFrom", periodFrom);
        }
        if (periodTo != null) {
            values.put("periodTo", periodTo);
        }
        if (search != null) {
            values.put("search", search);
        }
        if (holderIds != null) {
            values.put("holderIds", holderIds);
        }
        if (statuses != null) {
            values.put("statuses", statuses);
        }
        if (cardLevels != null) {
            values.put("cardLevels", cardLevels);
        }
        if (nickname != null) {
            values.put("nickname", nickname);
        }
        if (name != null) {
            values.put("name", name);
        }
        if (email != null) {
            values.put("email", email);
        }
        if (vatNumber != null) {
            values.put("vatNumber", vatNumber);
        }
        if (taxIdentificationNumber != null) {
            values.put("taxIdentificationNumber", taxIdentificationNumber);
        }
        if (createdAtTo != null) {
            values.put("createdAtTo", createdAtTo);
        }
        if (excludeImported != null) {
            values.put("excludeImported", excludeImported);
        }
        if (paidAt != null) {
            values.put("paidAt", paidAt);
        }
        if (amount != null) {
            values.put("amount", amount);
        }
        if (currency != null) {
            values.put("currency", currency);
        }
        if (locale != null) {
            values.put("locale", locale);
        }
        if (source != null) {
            values.put("source", source);
        }
        if (fileName != null) {
            values.put("fileName", fileName);
        }
        if (contentType != null) {
            values.put("contentType", contentType);
        }
        if (dueDate != null) {
            values.put("dueDate", dueDate);
        }
        if (attachmentId != null) {
            values.put("attachmentId", attachmentId);
        }
        if (paymentDate != null) {
            values.put("paymentDate", paymentDate);
        }
        if (issueDate != null) {
            values.put("issueDate", issueDate);
        }
        if (missingData != null) {
            values.put("missingData", missingData);
        }
        if (matchedTransactions != null) {
            values.put("matchedTransactions", matchedTransactions);
        }
        if (documentType != null) {
            values.put("documentType", documentType);
        }
        if (approverId != null) {
            values.put("approverId", approverId);
        }
        if (issueDateFrom != null) {
            values.put("issueDateFrom", issueDateFrom);
        }
        if (excludeCreditNotes != null) {
            values.put("excludeCreditNotes", excludeCreditNotes);
        }
        if (payableAmount != null) {
            values.put("payableAmount", payableAmount);
        }
        if (queryFields != null) {
            values.put("queryFields", queryFields);
        }
        if (skipAttachmentMatcher != null) {
            values.put("skipAttachmentMatcher", skipAttachmentMatcher);
        }
        if (type != null) {
            values.put("type", type);
        }
        return values;
    }
}
