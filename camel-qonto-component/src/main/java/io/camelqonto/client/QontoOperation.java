package io.camelqonto.client;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.camelqonto.client.catalog.Action;
import io.camelqonto.client.catalog.CursorField;
import io.camelqonto.client.catalog.OperationSpec;
import io.camelqonto.client.catalog.Parameter;
import io.camelqonto.client.catalog.ResultValue;
import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.BankAccount;
import io.camelqonto.model.Label;
import io.camelqonto.model.Membership;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.Organization;
import io.camelqonto.model.PayeeVerification;
import io.camelqonto.model.ScaSession;
import io.camelqonto.model.SepaBeneficiary;
import io.camelqonto.model.SepaBeneficiaryUpdate;
import io.camelqonto.model.SepaTransfer;
import io.camelqonto.model.Statement;
import io.camelqonto.model.Transaction;
import io.camelqonto.model.WebhookSubscription;
import io.camelqonto.model.WebhookSubscriptionSettings;

import static io.camelqonto.client.catalog.OperationSpec.bool;
import static io.camelqonto.client.catalog.OperationSpec.choice;
import static io.camelqonto.client.catalog.OperationSpec.choices;
import static io.camelqonto.client.catalog.OperationSpec.date;
import static io.camelqonto.client.catalog.OperationSpec.delete;
import static io.camelqonto.client.catalog.OperationSpec.get;
import static io.camelqonto.client.catalog.OperationSpec.iban;
import static io.camelqonto.client.catalog.OperationSpec.ibans;
import static io.camelqonto.client.catalog.OperationSpec.ids;
import static io.camelqonto.client.catalog.OperationSpec.instant;
import static io.camelqonto.client.catalog.OperationSpec.month;
import static io.camelqonto.client.catalog.OperationSpec.patch;
import static io.camelqonto.client.catalog.OperationSpec.post;
import static io.camelqonto.client.catalog.OperationSpec.put;
import static io.camelqonto.client.catalog.OperationSpec.required;
import static io.camelqonto.client.catalog.OperationSpec.text;
import static io.camelqonto.client.catalog.OperationSpec.texts;

/**
 * The catalog of Qonto operations: one row per endpoint says everything about it (see {@link OperationSpec}). The
 * client sends calls from it; the Camel component derives its resources, options, validation, consumers and
 * documentation from it. Adding an endpoint means adding a row here, a model if new, emulator support, a fixture and
 * a test.
 */
public enum QontoOperation {

    GET_ORGANIZATION(get("/v2/organization").is("organization", Action.get).byDefault()
            .scope("organization.read").summary("The organization and its bank accounts")
            .returns("organization", Organization.class)
            .query(bool("include_external_accounts", "Include the external (aggregated) bank accounts."))),

    LIST_BANK_ACCOUNTS(get("/v2/bank_accounts").is("bankAccounts", Action.list).byDefault()
            .scope("organization.read").summary("The organization's business accounts")
            .paged("bank_accounts", BankAccount.class)),

    GET_BANK_ACCOUNT(get("/v2/bank_accounts/{id}").is("bankAccount", Action.get).byDefault()
            .scope("organization.read").summary("One business account, by id")
            .returns("bank_account", BankAccount.class)),

    LIST_TRANSACTIONS(get("/v2/transactions").is("transactions", Action.list).byDefault()
            .scope("organization.read").summary("The transactions of one bank account")
            .paged("transactions", Transaction.class)
            .query(text("bank_account_id", "The bank account whose transactions are read (this or iban is"
                            + " required)."),
                    iban("iban", "The IBAN of the bank account whose transactions are read (bankAccountId is"
                            + " preferred: it keeps the IBAN out of the endpoint URI). Never sent to Qonto in a URL:"
                            + " the account is looked up by IBAN once."),
                    choices("status[]", "Filter by status, a comma list.", "pending", "declined", "completed"),
                    choice("side", "Only credits or only debits.", "credit", "debit"),
                    texts("operation_type[]", "Filter by operation type, a comma list such as transfer, card,"
                            + " direct_debit, income, qonto_fee, cheque."),
                    instant("updated_at_from", "Only items updated at or after this ISO-8601 instant."),
                    instant("updated_at_to", "Only items updated at or before this ISO-8601 instant."),
                    instant("settled_at_from", "Only transactions settled at or after this ISO-8601 instant."),
                    instant("settled_at_to", "Only transactions settled at or before this ISO-8601 instant."),
                    instant("emitted_at_from", "Only transactions emitted at or after this ISO-8601 instant."),
                    instant("emitted_at_to", "Only transactions emitted at or before this ISO-8601 instant."),
                    bool("with_attachments", "Only transactions with (true) or without (false) attachments."),
                    choices("includes[]", "Embed related objects, a comma list.", "labels", "attachments",
                            "vat_details"),
                    choice("sort_by", "Sort order of a list operation, field:direction. Consumers sort by their"
                            + " cursor field and refuse it.", "updated_at:asc", "updated_at:desc", "settled_at:asc",
                            "settled_at:desc", "emitted_at:asc", "emitted_at:desc"))
            .requireOneOf("bank_account_id", "iban")
            .hook(Hooks.IBAN_AS_ACCOUNT_ID)
            .cursor("updated_at", Transaction::updatedAt)
            .cursor("settled_at", Transaction::settledAt)
            .cursor("emitted_at", Transaction::emittedAt)
            .resultValue("side", Transaction::side)),

    GET_TRANSACTION(get("/v2/transactions/{id}").is("transaction", Action.get).byDefault()
            .scope("organization.read").summary("One transaction, by id")
            .returns("transaction", Transaction.class)
            .query(choices("includes[]", "Embed related objects, a comma list.", "labels", "attachments",
                    "vat_details"))
            .resultValue("side", Transaction::side)),

    LIST_REQUESTS(get("/v2/requests").is("requests", Action.list).byDefault()
            .scope("organization.read").summary("Approval requests: transfers, multi-transfers, cards")
            .paged("requests", ApprovalRequest.class)
            .query(choices("status[]", "Filter by status, a comma list.", "pending", "approved", "declined",
                            "canceled"),
                    choices("request_type[]", "Filter by request type, a comma list.", "transfer",
                            "multi_transfer", "flash_card", "virtual_card"),
                    instant("created_at_from", "Only requests created at or after this ISO-8601 instant."),
                    instant("processed_at_from", "Only requests processed at or after this ISO-8601 instant."),
                    choice("sort_by", "Sort order of a list operation, field:direction. Consumers sort by their"
                            + " cursor field and refuse it.", "created_at:asc", "created_at:desc",
                            "processed_at:asc", "processed_at:desc", "status:asc", "status:desc"))
            .cursor("created_at", ApprovalRequest::createdAt)
            .cursor("processed_at", ApprovalRequest::processedAt)
            .resultValue("request_type", ApprovalRequest::requestType)),

    /** Path parameter {@code request_type} is the plural segment: transfers, multi_transfers, flash_cards, virtual_cards. */
    APPROVE_REQUEST(post("/v2/requests/{request_type}/{id}/approve").is("request", Action.approve)
            .scope("request_review.write").summary("Approve a pending request")
            .pathParameter(choice("request_type", "The type of the request.", "transfer", "multi_transfer",
                    "flash_card", "virtual_card"))
            .inputs(iban("debit_iban", "The IBAN of the account to debit (default: the main account)."))
            .hook(Hooks.REQUEST_TYPE_SEGMENT)
            .returns("*", ApprovalRequest.class)
            .resultValue("request_type", ApprovalRequest::requestType)
            .idempotent().sca().oauthOnly()),

    DECLINE_REQUEST(post("/v2/requests/{request_type}/{id}/decline").is("request", Action.decline)
            .scope("request_review.write").summary("Decline a pending request")
            .pathParameter(choice("request_type", "The type of the request.", "transfer", "multi_transfer",
                    "flash_card", "virtual_card"))
            .inputs(required(text("declined_note", "The reason given to the requester.")))
            .hook(Hooks.REQUEST_TYPE_SEGMENT)
            .returns("*", ApprovalRequest.class)
            .resultValue("request_type", ApprovalRequest::requestType)
            .idempotent().oauthOnly()),

    LIST_SEPA_TRANSFERS(get("/v2/sepa/transfers").is("sepaTransfers", Action.list).byDefault()
            .scope("organization.read").summary("SEPA transfers")
            .paged("transfers", SepaTransfer.class)
            .query(choices("status[]", "Filter by status, a comma list.", "pending", "processing", "canceled",
                            "declined", "settled"),
                    instant("updated_at_from", "Only items updated at or after this ISO-8601 instant."),
                    instant("updated_at_to", "Only items updated at or before this ISO-8601 instant."),
                    date("scheduled_date_from", "Only transfers scheduled on or after this ISO-8601 date."),
                    date("scheduled_date_to", "Only transfers scheduled on or before this ISO-8601 date."),
                    ids("beneficiary_ids[]", "Only transfers to these beneficiaries, a comma list of ids."),
                    ids("ids[]", "Only the items with these ids, a comma list (at most 100)."),
                    ids("recurring_transfer_ids[]", "Only the transfers these recurring transfers created, a comma"
                            + " list of ids."),
                    choice("sort_by", "Sort order of a list operation, field:direction. Consumers sort by their"
                            + " cursor field and refuse it.", "updated_at:asc", "updated_at:desc",
                            "scheduled_date:asc", "scheduled_date:desc"))
            .cursor("updated_at", SepaTransfer::updatedAt)),

    GET_SEPA_TRANSFER(get("/v2/sepa/transfers/{id}").is("sepaTransfer", Action.get)
            .scope("organization.read").summary("One SEPA transfer, by id")
            .returns("transfer", SepaTransfer.class)),

    /** Body: {@code {"vop_proof_token": ..., "transfer": {...}}}; the token is a top-level field of the call. */
    CREATE_SEPA_TRANSFER(post("/v2/sepa/transfers").is("sepaTransfer", Action.create).byDefault()
            .scope("payment.write").summary("Create a SEPA transfer, after Verification of Payee")
            .body(NewSepaTransfer.class, "transfer")
            .returns("transfer", SepaTransfer.class)
            .hook(Hooks.PAYEE_VERIFICATION)
            .idempotent().sca().oauthOnly()),

    CANCEL_SEPA_TRANSFER(post("/v2/sepa/transfers/{id}/cancel").is("sepaTransfer", Action.cancel)
            .scope("payment.write").summary("Cancel a scheduled SEPA transfer")
            .returnsNothing()
            .oauthOnly()),

    DOWNLOAD_SEPA_TRANSFER_PROOF(post("/v2/sepa/transfers/{id}/download_proof")
            .is("sepaTransfer", Action.downloadProof)
            .scope("payment.write").summary("The proof of a SEPA transfer, as a PDF")
            .returnsFile()
            .oauthOnly()),

    VERIFY_PAYEE(post("/v2/sepa/verify_payee").is("sepaTransfer", Action.verifyPayee)
            .scope("payment.write").summary("Verification of Payee: does the name match the IBAN's holder")
            .returns(null, PayeeVerification.class)
            .hook(Hooks.PAYEE_INPUT)
            .resultValue("match_result", PayeeVerification::matchResult)
            .resultValue("vop_proof_token", PayeeVerification::proofToken)
            .oauthOnly()),

    LIST_SEPA_BENEFICIARIES(get("/v2/sepa/beneficiaries").is("sepaBeneficiaries", Action.list).byDefault()
            .scope("organization.read").summary("SEPA beneficiaries")
            .paged("beneficiaries", SepaBeneficiary.class)
            .query(ibans("iban[]", "Only the beneficiaries with these IBANs, a comma list. Matched on the listed"
                            + " items, never sent to Qonto in a URL."),
                    choices("status[]", "Filter by status, a comma list.", "pending", "validated", "declined"),
                    bool("trusted", "Only trusted (true) or untrusted (false) beneficiaries."),
                    choice("sort_by", "Sort order of a list operation, field:direction.", "updated_at:asc",
                            "updated_at:desc"))
            .hook(Hooks.IBANS_MATCHED_LOCALLY)),

    GET_SEPA_BENEFICIARY(get("/v2/sepa/beneficiaries/{id}").is("sepaBeneficiary", Action.get).byDefault()
            .scope("organization.read").summary("One SEPA beneficiary, by id")
            .returns("beneficiary", SepaBeneficiary.class)),

    CREATE_SEPA_BENEFICIARY(post("/v2/sepa/beneficiaries").is("sepaBeneficiary", Action.create)
            .scope("payment.write").summary("Create a SEPA beneficiary (untrusted until validated)")
            .body(NewSepaBeneficiary.class, "beneficiary")
            .returns("beneficiary", SepaBeneficiary.class)
            .idempotent().oauthOnly()),

    UPDATE_SEPA_BENEFICIARY(patch("/v2/sepa/beneficiaries/{id}").is("sepaBeneficiary", Action.update)
            .scope("payment.write").summary("Update a SEPA beneficiary's name, email or activity tag")
            .body(SepaBeneficiaryUpdate.class, "beneficiary")
            .returns("beneficiary", SepaBeneficiary.class)
            .sca().oauthOnly()),

    /** Body: {@code {"ids": [...]}}; answers the untrusted beneficiaries. */
    UNTRUST_SEPA_BENEFICIARIES(patch("/v2/sepa/beneficiaries/untrust").is("sepaBeneficiary", Action.untrust)
            .scope("payment.write").summary("Untrust SEPA beneficiaries")
            .inputs(required(ids("ids", "The beneficiaries, a comma list of ids; else the body (a list, a comma"
                    + " list or a beneficiary), else CamelQontoId.")))
            .returnsList("beneficiaries", SepaBeneficiary.class)
            .oauthOnly()),

    LIST_LABELS(get("/v2/labels").is("labels", Action.list).byDefault()
            .scope("organization.read").summary("The labels transactions can carry")
            .paged("labels", Label.class)),

    GET_LABEL(get("/v2/labels/{id}").is("label", Action.get).byDefault()
            .scope("organization.read").summary("One label, by id")
            .returns("label", Label.class)),

    LIST_MEMBERSHIPS(get("/v2/memberships").is("memberships", Action.list).byDefault()
            .scope("organization.read").summary("The members of the organization")
            .paged("memberships", Membership.class)),

    LIST_STATEMENTS(get("/v2/statements").is("statements", Action.list).byDefault()
            .scope("organization.read").summary("Monthly account statements")
            .paged("statements", Statement.class)
            .query(ids("bank_account_ids[]", "Only the statements of these bank accounts, a comma list of ids."),
                    ibans("ibans[]", "Only the statements of these IBANs, a comma list. Never sent to Qonto in a"
                            + " URL: each IBAN goes out as the id of its account, looked up once."),
                    month("period_from", "Only statements of this month or later, MM-YYYY."),
                    month("period_to", "Only statements of this month or earlier, MM-YYYY."),
                    choice("sort_by", "Sort order of a list operation, field:direction.", "period:asc",
                            "period:desc"))
            .hook(Hooks.IBAN_AS_ACCOUNT_ID)),

    GET_STATEMENT(get("/v2/statements/{id}").is("statement", Action.get).byDefault()
            .scope("organization.read").summary("One statement, by id, with the link to its file")
            .returns("statement", Statement.class)),

    DOWNLOAD_STATEMENT_FILE(get("/v2/statements/{id}").is("statement", Action.downloadFile)
            .scope("organization.read").summary("The statement's PDF, streamed from its pre-signed link")
            .returns("statement", Statement.class)
            .hook(Hooks.FILE_FROM_LINK)),

    // ---- cards, card requests, memberships, teams, business accounts ----


    // ---- clients, client invoices, credit notes, quotes, payment links ----


    // ---- transfers: recurring, bulk, internal, international, legacy, payee verification ----


    // ---- attachments, supplier invoices, insurance, authentication, embed ----


    // ---- webhook subscriptions ----
    LIST_WEBHOOK_SUBSCRIPTIONS(get("/v2/webhook_subscriptions").is("webhookSubscriptions", Action.list).byDefault()
            .scope("webhook").summary("The webhook subscriptions this application created")
            .paged("subscriptions", WebhookSubscription.class)
            .oauthOnly()),

    GET_WEBHOOK_SUBSCRIPTION(get("/v2/webhook_subscriptions/{id}").is("webhookSubscription", Action.get).byDefault()
            .scope("webhook").summary("One webhook subscription, by id")
            .returns(null, WebhookSubscription.class)
            .oauthOnly()),

    /** Also needs the scope of each event type subscribed to (organization.read for v1/transactions). */
    CREATE_WEBHOOK_SUBSCRIPTION(post("/v2/webhook_subscriptions").is("webhookSubscription", Action.create)
            .scope("webhook").summary("Subscribe a callback URL to event types; the answer carries the secret")
            .body(WebhookSubscriptionSettings.class, null)
            .returns(null, WebhookSubscription.class)
            .oauthOnly()),

    UPDATE_WEBHOOK_SUBSCRIPTION(put("/v2/webhook_subscriptions/{id}").is("webhookSubscription", Action.update)
            .scope("webhook").summary("Replace a webhook subscription: callback URL, types, description, secret")
            .body(WebhookSubscriptionSettings.class, null)
            .returns(null, WebhookSubscription.class)
            .oauthOnly()),

    DELETE_WEBHOOK_SUBSCRIPTION(delete("/v2/webhook_subscriptions/{id}").is("webhookSubscription", Action.delete)
            .scope("webhook").summary("Delete a webhook subscription")
            .returnsNothing()
            .oauthOnly()),


    GET_SCA_SESSION(get("/v2/sca_sessions/{sca_session_token}").is("scaSession", Action.get).byDefault()
            .summary("The state of an SCA session, for routes resuming a write after scaMode=fail")
            .returns(null, ScaSession.class)),

    /** Sandbox only: decides a pending SCA session as if the user had approved it on the phone. */
    MOCK_SCA_ALLOW(post("/v2/mocked_sca_sessions/{sca_session_token}/allow").is("scaSession", Action.allow)
            .summary("Sandbox only: approve a pending SCA session as the user would on the phone")
            .returnsNothing()
            .sandboxOnly());

    /** The names rows give to what an operation does beyond its HTTP call. */
    public static final class Hooks {
        /** Verification of Payee before a transfer; its proof token goes out with the transfer. */
        public static final String PAYEE_VERIFICATION = "payeeVerification";
        /** The payee to verify is read from a beneficiary or a transfer naming one. */
        public static final String PAYEE_INPUT = "payeeInput";
        /** IBAN filters ({@code iban}, {@code ibans[]}) go out as the ids of those accounts, looked up once. */
        public static final String IBAN_AS_ACCOUNT_ID = "ibanAsAccountId";
        /** An {@code iban[]} filter is matched on the listed items instead of being sent. */
        public static final String IBANS_MATCHED_LOCALLY = "ibansMatchedLocally";
        /** The request type goes into the path in its plural form, whichever form the route gave. */
        public static final String REQUEST_TYPE_SEGMENT = "requestTypeSegment";
        /** The result is the file behind the resource's pre-signed link, fetched without credentials. */
        public static final String FILE_FROM_LINK = "fileFromLink";

        private Hooks() {
        }
    }

    /** Special values of {@link #responseRoot()}. */
    public static final class ResponseRoot {
        /** The response is the object itself, or has no body. */
        public static final String NONE = null;
        /** The response has one top-level key whose name depends on the resource (e.g. {@code request_transfer}). */
        public static final String SINGLE_KEY = "*";

        private ResponseRoot() {
        }
    }

    private final OperationSpec spec;

    QontoOperation(OperationSpec spec) {
        this.spec = spec.freeze(name());
    }

    /** The operation of a resource and action, if the catalog has one. */
    public static Optional<QontoOperation> find(String resource, Action action) {
        return Arrays.stream(values()).filter(op -> op.resource().equals(resource) && op.action() == action)
                .findFirst();
    }

    /** HTTP method: GET, POST, PATCH, PUT or DELETE. */
    public String method() {
        return spec.method();
    }

    /** Path with {@code {name}} placeholders, e.g. {@code /v2/transactions/{id}}. */
    public String pathTemplate() {
        return spec.pathTemplate();
    }

    /** The resource the operation belongs to: a plural collection ({@code transactions}) or a singular object. */
    public String resource() {
        return spec.resource();
    }

    public Action action() {
        return spec.action();
    }

    /** Whether a producer of the resource runs this operation when none is named. */
    public boolean defaultAction() {
        return spec.defaultAction();
    }

    /** One line saying what the operation does. */
    public String summary() {
        return spec.summary();
    }

    /** The placeholders of the path, each with its kind. */
    public List<Parameter> pathParameters() {
        return spec.pathParameters();
    }

    /** The query parameters Qonto documents for this operation. */
    public List<Parameter> queryParameters() {
        return spec.queryParameters();
    }

    /** Named fields of the request body, each settable by option or header. */
    public List<Parameter> inputs() {
        return spec.inputs();
    }

    /** Groups of query parameters of which at least one must be set. */
    public List<List<String>> requiredOneOf() {
        return spec.requiredOneOf();
    }

    /** The type the request body is converted to and validated as, or null when the body is built from inputs. */
    public Class<?> bodyType() {
        return spec.bodyType();
    }

    /** Key the request body is wrapped in ({@code {"transfer": body}}), or null when sent as is. */
    public String requestWrapper() {
        return spec.requestWrapper();
    }

    /** Top-level key holding the result, {@link ResponseRoot#SINGLE_KEY}, or null for a bare object. */
    public String responseRoot() {
        return spec.responseRoot();
    }

    /** Model type of one result item. */
    public Class<?> resultType() {
        return spec.resultType();
    }

    /** The timestamps a consumer can resume from, the default first; empty when the list cannot be consumed. */
    public List<CursorField> cursorFields() {
        return spec.cursorFields();
    }

    /** Values of a result handed out beside it. */
    public List<ResultValue> resultValues() {
        return spec.resultValues();
    }

    /** What the operation does beyond its HTTP call, by hook name (see {@link Hooks}). */
    public List<String> hooks() {
        return spec.hooks();
    }

    /** Whether the result is a collection walked with {@code page}/{@code per_page}. */
    public boolean paged() {
        return spec.paged();
    }

    /** Whether the response is a list of items that does not page. */
    public boolean listResponse() {
        return spec.listResponse();
    }

    /** Whether Qonto requires {@code X-Qonto-Idempotency-Key}; such calls are safe to retry with the same key. */
    public boolean idempotent() {
        return spec.isIdempotent();
    }

    /** Whether Qonto may answer 428 and ask for Strong Customer Authentication. */
    public boolean scaCapable() {
        return spec.isScaCapable();
    }

    /** Whether the success answer has no body (204). */
    public boolean emptyResponse() {
        return spec.emptyResponse();
    }

    /** Whether the success answer is a file (PDF) rather than JSON. */
    public boolean binaryResponse() {
        return spec.binaryResponse();
    }

    /** Whether Qonto refuses API-key authentication here and wants OAuth. */
    public boolean oauthOnly() {
        return spec.isOAuthOnly();
    }

    /** Whether Qonto has deprecated the endpoint in favour of another. */
    public boolean deprecated() {
        return spec.isDeprecated();
    }

    /** Whether only the sandbox serves it. */
    public boolean sandboxOnly() {
        return spec.isSandboxOnly();
    }

    /** Whether a repeat of this call can do no harm: reads, and writes carrying an idempotency key. */
    public boolean safeToRetry() {
        return "GET".equals(method()) || idempotent();
    }

    /** The OAuth scope Qonto checks, or null when any valid token will do. */
    public String scope() {
        return spec.scope();
    }
}
