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
    public static final String RESOURCES = "organization,bankAccounts,bankAccount,transactions,transaction,requests,request,sepaTransfers,sepaTransfer,sepaBeneficiaries,sepaBeneficiary,labels,label,memberships,statements,statement,webhookSubscriptions,webhookSubscription,scaSession,accounts,organizations,cards,clients,consent-revocations,terminal-payments";

    @UriParam(label = "filter",
              enums = "true,false",
              description = "organization: Include the external (aggregated) bank accounts.")
    private String includeExternalAccounts;

    @UriParam(label = "filter",
              description = "transactions: The bank account whose transactions are read (this or iban is required).")
    private String bankAccountId;

    @UriParam(label = "filter",
              description = "transactions: The IBAN of the bank account whose transactions are read (bankAccountId is preferred: it keeps the IBAN out of the endpoint URI). Never sent to Qonto in a URL: the account is looked up by IBAN once. sepaBeneficiaries: Only the beneficiaries with these IBANs, a comma list. Matched on the listed items, never sent to Qonto in a URL.")
    private String iban;

    @UriParam(label = "filter",
              enums = "pending,declined,completed,approved,canceled,processing,settled,validated",
              description = "transactions, requests, sepaTransfers, sepaBeneficiaries: Filter by status, a comma list.")
    private String status;

    @UriParam(label = "filter",
              enums = "credit,debit",
              description = "transactions: Only credits or only debits.")
    private String side;

    @UriParam(label = "filter",
              description = "transactions: Filter by operation type, a comma list such as transfer, card, direct_debit, income, qonto_fee, cheque.")
    private String operationType;

    @UriParam(label = "filter",
              description = "transactions, sepaTransfers: Only items updated at or after this ISO-8601 instant.")
    private String updatedAtFrom;

    @UriParam(label = "filter",
              description = "transactions, sepaTransfers: Only items updated at or before this ISO-8601 instant.")
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
              enums = "updated_at:asc,updated_at:desc,settled_at:asc,settled_at:desc,emitted_at:asc,emitted_at:desc,created_at:asc,created_at:desc,processed_at:asc,processed_at:desc,status:asc,status:desc,scheduled_date:asc,scheduled_date:desc,period:asc,period:desc",
              description = "transactions, requests, sepaTransfers: Sort order of a list operation, field:direction. Consumers sort by their cursor field and refuse it. sepaBeneficiaries, statements: Sort order of a list operation, field:direction.")
    private String sortBy;

    @UriParam(label = "filter",
              enums = "transfer,multi_transfer,flash_card,virtual_card",
              description = "requests: Filter by request type, a comma list.")
    private String requestType;

    @UriParam(label = "filter",
              description = "requests: Only requests created at or after this ISO-8601 instant.")
    private String createdAtFrom;

    @UriParam(label = "filter",
              description = "requests: Only requests processed at or after this ISO-8601 instant.")
    private String processedAtFrom;

    @UriParam(label = "producer",
              description = "request: The IBAN of the account to debit (default: the main account). The header CamelQontoDebitIban overrides it.")
    private String debitIban;

    @UriParam(label = "producer",
              description = "request: The reason given to the requester. The header CamelQontoDeclinedNote overrides it.")
    private String declinedNote;

    @UriParam(label = "filter",
              description = "sepaTransfers: Only transfers scheduled on or after this ISO-8601 date.")
    private String scheduledDateFrom;

    @UriParam(label = "filter",
              description = "sepaTransfers: Only transfers scheduled on or before this ISO-8601 date.")
    private String scheduledDateTo;

    @UriParam(label = "filter",
              description = "sepaTransfers: Only transfers to these beneficiaries, a comma list of ids.")
    private String beneficiaryIds;

    @UriParam(label = "filter,producer",
              description = "sepaTransfers: Only the items with these ids, a comma list (at most 100). sepaBeneficiary: The beneficiaries, a comma list of ids; else the body (a list, a comma list or a beneficiary), else CamelQontoId. The header CamelQontoIds overrides it.")
    private String ids;

    @UriParam(label = "filter",
              description = "sepaTransfers: Only the transfers these recurring transfers created, a comma list of ids.")
    private String recurringTransferIds;

    @UriParam(label = "filter",
              enums = "true,false",
              description = "sepaBeneficiaries: Only trusted (true) or untrusted (false) beneficiaries.")
    private String trusted;

    @UriParam(label = "filter",
              description = "statements: Only the statements of these bank accounts, a comma list of ids.")
    private String bankAccountIds;

    @UriParam(label = "filter",
              description = "statements: Only the statements of these IBANs, a comma list. Never sent to Qonto in a URL: each IBAN goes out as the id of its account, looked up once.")
    private String ibans;

    @UriParam(label = "filter",
              description = "statements: Only statements of this month or later, MM-YYYY.")
    private String periodFrom;

    @UriParam(label = "filter",
              description = "statements: Only statements of this month or earlier, MM-YYYY.")
    private String periodTo;

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
        return values;
    }
}
