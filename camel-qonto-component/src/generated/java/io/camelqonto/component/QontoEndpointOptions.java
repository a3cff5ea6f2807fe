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

    public String getIncludeExternalAccounts() {
        return includeExternalAccounts;
    }

    public void setIncludeExternalAccounts(String includeExternalAccounts) {
        this.includeExternalAccounts = includeExternalAccounts;
    }

    public String getBankAccountId() {
        return bankAccountId;
    }

    public void setBankAccountId(String bankAccountId) {
        this.bankAccountId = bankAccountId;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public String getOperationType() {
        return operationType;
    }

    public void setOperationType(String operationType) {
        this.operationType = operationType;
    }

    public String getUpdatedAtFrom() {
        return updatedAtFrom;
    }

    public void setUpdatedAtFrom(String updatedAtFrom) {
        this.updatedAtFrom = updatedAtFrom;
    }

    public String getUpdatedAtTo() {
        return updatedAtTo;
    }

    public void setUpdatedAtTo(String updatedAtTo) {
        this.updatedAtTo = updatedAtTo;
    }

    public String getSettledAtFrom() {
        return settledAtFrom;
    }

    public void setSettledAtFrom(String settledAtFrom) {
        this.settledAtFrom = settledAtFrom;
    }

    public String getSettledAtTo() {
        return settledAtTo;
    }

    public void setSettledAtTo(String settledAtTo) {
        this.settledAtTo = settledAtTo;
    }

    public String getEmittedAtFrom() {
        return emittedAtFrom;
    }

    public void setEmittedAtFrom(String emittedAtFrom) {
        this.emittedAtFrom = emittedAtFrom;
    }

    public String getEmittedAtTo() {
        return emittedAtTo;
    }

    public void setEmittedAtTo(String emittedAtTo) {
        this.emittedAtTo = emittedAtTo;
    }

    public String getWithAttachments() {
        return withAttachments;
    }

    public void setWithAttachments(String withAttachments) {
        this.withAttachments = withAttachments;
    }

    public String getIncludes() {
        return includes;
    }

    public void setIncludes(String includes) {
        this.includes = includes;
    }

    public String getSortBy() {
        return sortBy;
    }

    public void setSortBy(String sortBy) {
        this.sortBy = sortBy;
    }

    public String getRequestType() {
        return requestType;
    }

    public void setRequestType(String requestType) {
        this.requestType = requestType;
    }

    public String getCreatedAtFrom() {
        return createdAtFrom;
    }

    public void setCreatedAtFrom(String createdAtFrom) {
        this.createdAtFrom = createdAtFrom;
    }

    public String getProcessedAtFrom() {
        return processedAtFrom;
    }

    public void setProcessedAtFrom(String processedAtFrom) {
        this.processedAtFrom = processedAtFrom;
    }

    public String getDebitIban() {
        return debitIban;
    }

    public void setDebitIban(String debitIban) {
        this.debitIban = debitIban;
    }

    public String getDeclinedNote() {
        return declinedNote;
    }

    public void setDeclinedNote(String declinedNote) {
        this.declinedNote = declinedNote;
    }

    public String getScheduledDateFrom() {
        return scheduledDateFrom;
    }

    public void setScheduledDateFrom(String scheduledDateFrom) {
        this.scheduledDateFrom = scheduledDateFrom;
    }

    public String getScheduledDateTo() {
        return scheduledDateTo;
    }

    public void setScheduledDateTo(String scheduledDateTo) {
        this.scheduledDateTo = scheduledDateTo;
    }

    public String getBeneficiaryIds() {
        return beneficiaryIds;
    }

    public void setBeneficiaryIds(String beneficiaryIds) {
        this.beneficiaryIds = beneficiaryIds;
    }

    public String getIds() {
        return ids;
    }

    public void setIds(String ids) {
        this.ids = ids;
    }

    public String getRecurringTransferIds() {
        return recurringTransferIds;
    }

    public void setRecurringTransferIds(String recurringTransferIds) {
        this.recurringTransferIds = recurringTransferIds;
    }

    public String getTrusted() {
        return trusted;
    }

    public void setTrusted(String trusted) {
        this.trusted = trusted;
    }

    public String getBankAccountIds() {
        return bankAccountIds;
    }

    public void setBankAccountIds(String bankAccountIds) {
        this.bankAccountIds = bankAccountIds;
    }

    public String getIbans() {
        return ibans;
    }

    public void setIbans(String ibans) {
        this.ibans = ibans;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getHolderIds() {
        return holderIds;
    }

    public void setHolderIds(String holderIds) {
        this.holderIds = holderIds;
    }

    public String getStatuses() {
        return statuses;
    }

    public void setStatuses(String statuses) {
        this.statuses = statuses;
    }

    public String getCardLevels() {
        return cardLevels;
    }

    public void setCardLevels(String cardLevels) {
        this.cardLevels = cardLevels;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
    }

    public String getTaxIdentificationNumber() {
        return taxIdentificationNumber;
    }

    public void setTaxIdentificationNumber(String taxIdentificationNumber) {
        this.taxIdentificationNumber = taxIdentificationNumber;
    }

    public String getCreatedAtTo() {
        return createdAtTo;
    }

    public void setCreatedAtTo(String createdAtTo) {
        this.createdAtTo = createdAtTo;
    }

    public String getExcludeImported() {
        return excludeImported;
    }

    public void setExcludeImported(String excludeImported) {
        this.excludeImported = excludeImported;
    }

    public String getPaidAt() {
        return paidAt;
    }

    public void setPaidAt(String paidAt) {
        this.paidAt = paidAt;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public String getDueDate() {
        return dueDate;
    }

    public void setDueDate(String dueDate) {
        this.dueDate = dueDate;
    }

    public String getAttachmentId() {
        return attachmentId;
    }

    public void setAttachmentId(String attachmentId) {
        this.attachmentId = attachmentId;
    }

    public String getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(String paymentDate) {
        this.paymentDate = paymentDate;
    }

    public String getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(String issueDate) {
        this.issueDate = issueDate;
    }

    public String getMissingData() {
        return missingData;
    }

    public void setMissingData(String missingData) {
        this.missingData = missingData;
    }

    public String getMatchedTransactions() {
        return matchedTransactions;
    }

    public void setMatchedTransactions(String matchedTransactions) {
        this.matchedTransactions = matchedTransactions;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getApproverId() {
        return approverId;
    }

    public void setApproverId(String approverId) {
        this.approverId = approverId;
    }

    public String getIssueDateFrom() {
        return issueDateFrom;
    }

    public void setIssueDateFrom(String issueDateFrom) {
        this.issueDateFrom = issueDateFrom;
    }

    public String getExcludeCreditNotes() {
        return excludeCreditNotes;
    }

    public void setExcludeCreditNotes(String excludeCreditNotes) {
        this.excludeCreditNotes = excludeCreditNotes;
    }

    public String getPayableAmount() {
        return payableAmount;
    }

    public void setPayableAmount(String payableAmount) {
        this.payableAmount = payableAmount;
    }

    public String getQueryFields() {
        return queryFields;
    }

    public void setQueryFields(String queryFields) {
        this.queryFields = queryFields;
    }

    public String getSkipAttachmentMatcher() {
        return skipAttachmentMatcher;
    }

    public void setSkipAttachmentMatcher(String skipAttachmentMatcher) {
        this.skipAttachmentMatcher = skipAttachmentMatcher;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The options that are set, by Camel name, in catalog order. */
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
