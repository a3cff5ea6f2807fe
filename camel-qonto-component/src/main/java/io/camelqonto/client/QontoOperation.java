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
import io.camelqonto.model.Attachment;
import io.camelqonto.model.SupplierInvoice;
import io.camelqonto.model.SupplierInvoiceBatch;
import io.camelqonto.model.InsuranceContract;
import io.camelqonto.model.InsuranceContractUpdate;
import io.camelqonto.model.InsuranceDocument;
import io.camelqonto.model.NewInsuranceContract;
import io.camelqonto.model.EmbedAuthLink;
import io.camelqonto.model.NewEmbedAuthLink;
import io.camelqonto.model.EncodedRequest;
import io.camelqonto.model.EncodedResponse;
import io.camelqonto.model.BankAccount;
import io.camelqonto.model.BulkPayeeVerification;
import io.camelqonto.model.BulkTransfer;
import io.camelqonto.model.CheckedOutTransfers;
import io.camelqonto.model.ExternalTransfer;
import io.camelqonto.model.ExternalTransferCheckout;
import io.camelqonto.model.InternalTransfer;
import io.camelqonto.model.InternationalBeneficiary;
import io.camelqonto.model.InternationalCurrency;
import io.camelqonto.model.InternationalEligibility;
import io.camelqonto.model.InternationalQuote;
import io.camelqonto.model.InternationalRequirement;
import io.camelqonto.model.InternationalTransfer;
import io.camelqonto.model.InternationalTransferDraft;
import io.camelqonto.model.Card;
import io.camelqonto.model.CardCreation;
import io.camelqonto.model.CardDataView;
import io.camelqonto.model.CardLimits;
import io.camelqonto.model.CardOptions;
import io.camelqonto.model.CardRestrictions;
import io.camelqonto.model.CardTypeAppearances;
import io.camelqonto.model.EinvoicingSettings;
import io.camelqonto.model.Client;
import io.camelqonto.model.ClientInvoice;
import io.camelqonto.model.ClientInvoiceUpdate;
import io.camelqonto.model.ClientUpdate;
import io.camelqonto.model.CreditNote;
import io.camelqonto.model.DocumentEmail;
import io.camelqonto.model.Label;
import io.camelqonto.model.LegacyBeneficiary;
import io.camelqonto.model.Membership;
import io.camelqonto.model.NewBulkTransfer;
import io.camelqonto.model.NewExternalTransfer;
import io.camelqonto.model.NewInternalTransfer;
import io.camelqonto.model.NewInternationalBeneficiary;
import io.camelqonto.model.NewInternationalQuote;
import io.camelqonto.model.NewInternationalTransfer;
import io.camelqonto.model.NewMultiTransferRequest;
import io.camelqonto.model.NewRecurringTransfer;
import io.camelqonto.model.NewCard;
import io.camelqonto.model.NewCards;
import io.camelqonto.model.NewFlashCardRequest;
import io.camelqonto.model.NewMembership;
import io.camelqonto.model.NewClient;
import io.camelqonto.model.NewClientInvoice;
import io.camelqonto.model.NewPaymentLink;
import io.camelqonto.model.NewPaymentLinkConnection;
import io.camelqonto.model.NewQuote;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.Organization;
import io.camelqonto.model.PayeeVerification;
import io.camelqonto.model.PayeeVerificationBatch;
import io.camelqonto.model.RecurringTransfer;
import io.camelqonto.model.SavedInternationalBeneficiary;
import io.camelqonto.model.PaymentLink;
import io.camelqonto.model.PaymentLinkConnection;
import io.camelqonto.model.PaymentLinkPayment;
import io.camelqonto.model.PaymentLinkPaymentMethod;
import io.camelqonto.model.Quote;
import io.camelqonto.model.QuoteUpdate;
import io.camelqonto.model.ScaSession;
import io.camelqonto.model.SepaBeneficiary;
import io.camelqonto.model.SepaBeneficiaryUpdate;
import io.camelqonto.model.SepaTransfer;
import io.camelqonto.model.Statement;
import io.camelqonto.model.Team;
import io.camelqonto.model.Transaction;
import io.camelqonto.model.NewVirtualCardRequest;
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
import static io.camelqonto.client.catalog.OperationSpec.joinedChoices;
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

    /**
     * Reads the organization and its bank accounts, the external (aggregated) ones only when asked for. Qonto:
     * {@code GET /v2/organization}; Camel: {@code qonto:organization?operation=get}.
     */
    GET_ORGANIZATION(get("/v2/organization").is("organization", Action.get).byDefault()
            .scope("organization.read").summary("The organization and its bank accounts")
            .returns("organization", Organization.class)
            .query(bool("include_external_accounts", "Include the external (aggregated) bank accounts."))),

    /**
     * Lists the organization's business accounts. Qonto: {@code GET /v2/bank_accounts}; Camel:
     * {@code qonto:bankAccounts?operation=list}.
     */
    LIST_BANK_ACCOUNTS(get("/v2/bank_accounts").is("bankAccounts", Action.list).byDefault()
            .scope("organization.read").summary("The organization's business accounts")
            .paged("bank_accounts", BankAccount.class)),

    /**
     * Reads one business account, by id. Qonto: {@code GET /v2/bank_accounts/{id}}; Camel:
     * {@code qonto:bankAccount?operation=get}.
     */
    GET_BANK_ACCOUNT(get("/v2/bank_accounts/{id}").is("bankAccount", Action.get).byDefault()
            .scope("organization.read").summary("One business account, by id")
            .returns("bank_account", BankAccount.class)),

    /**
     * Lists the transactions of one bank account, named by id or by IBAN, filtered by status, side, operation type or
     * date. Qonto: {@code GET /v2/transactions}; Camel: {@code qonto:transactions?operation=list}.
     */
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

    /**
     * Reads one transaction, by id. Qonto: {@code GET /v2/transactions/{id}}; Camel:
     * {@code qonto:transaction?operation=get}.
     */
    GET_TRANSACTION(get("/v2/transactions/{id}").is("transaction", Action.get).byDefault()
            .scope("organization.read").summary("One transaction, by id")
            .returns("transaction", Transaction.class)
            .query(choices("includes[]", "Embed related objects, a comma list.", "labels", "attachments",
                    "vat_details"))
            .resultValue("side", Transaction::side)),

    /**
     * Lists the approval requests for transfers, multi-transfers and cards, pending or decided. Qonto:
     * {@code GET /v2/requests}; Camel: {@code qonto:requests?operation=list}.
     */
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

    /**
     * Approves a pending request, optionally naming the account to debit. Qonto:
     * {@code POST /v2/requests/{request_type}/{id}/approve}; Camel: {@code qonto:request?operation=approve}.
     *
     * <p>Path parameter {@code request_type} is the plural segment: transfers, multi_transfers, flash_cards,
     * virtual_cards.</p>
     */
    APPROVE_REQUEST(post("/v2/requests/{request_type}/{id}/approve").is("request", Action.approve)
            .scope("request_review.write").summary("Approve a pending request")
            .pathParameter(choice("request_type", "The type of the request.", "transfer", "multi_transfer",
                    "flash_card", "virtual_card"))
            .inputs(iban("debit_iban", "The IBAN of the account to debit (default: the main account)."))
            .hook(Hooks.REQUEST_TYPE_SEGMENT)
            .returns("*", ApprovalRequest.class)
            .resultValue("request_type", ApprovalRequest::requestType)
            .idempotent().sca().oauthOnly()),

    /**
     * Declines a pending request, with a note telling the requester why. Qonto:
     * {@code POST /v2/requests/{request_type}/{id}/decline}; Camel: {@code qonto:request?operation=decline}.
     */
    DECLINE_REQUEST(post("/v2/requests/{request_type}/{id}/decline").is("request", Action.decline)
            .scope("request_review.write").summary("Decline a pending request")
            .pathParameter(choice("request_type", "The type of the request.", "transfer", "multi_transfer",
                    "flash_card", "virtual_card"))
            .inputs(required(text("declined_note", "The reason given to the requester.")))
            .hook(Hooks.REQUEST_TYPE_SEGMENT)
            .returns("*", ApprovalRequest.class)
            .resultValue("request_type", ApprovalRequest::requestType)
            .idempotent().oauthOnly()),

    /**
     * Lists SEPA transfers. Qonto: {@code GET /v2/sepa/transfers}; Camel: {@code qonto:sepaTransfers?operation=list}.
     */
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

    /**
     * Reads one SEPA transfer, by id. Qonto: {@code GET /v2/sepa/transfers/{id}}; Camel:
     * {@code qonto:sepaTransfer?operation=get}.
     */
    GET_SEPA_TRANSFER(get("/v2/sepa/transfers/{id}").is("sepaTransfer", Action.get)
            .scope("organization.read").summary("One SEPA transfer, by id")
            .returns("transfer", SepaTransfer.class)),

    /**
     * Creates a SEPA transfer, after a Verification of Payee whose proof goes out with it. Qonto:
     * {@code POST /v2/sepa/transfers}; Camel: {@code qonto:sepaTransfer?operation=create}.
     *
     * <p>Body: {@code {"vop_proof_token": ..., "transfer": {...}}}; the token is a top-level field of the call.</p>
     */
    CREATE_SEPA_TRANSFER(post("/v2/sepa/transfers").is("sepaTransfer", Action.create).byDefault()
            .scope("payment.write").summary("Create a SEPA transfer, after Verification of Payee")
            .body(NewSepaTransfer.class, "transfer")
            .returns("transfer", SepaTransfer.class)
            .hook(Hooks.PAYEE_VERIFICATION)
            .idempotent().sca().oauthOnly()),

    /**
     * Cancels a scheduled SEPA transfer before it is executed. Qonto: {@code POST /v2/sepa/transfers/{id}/cancel};
     * Camel: {@code qonto:sepaTransfer?operation=cancel}.
     */
    CANCEL_SEPA_TRANSFER(post("/v2/sepa/transfers/{id}/cancel").is("sepaTransfer", Action.cancel)
            .scope("payment.write").summary("Cancel a scheduled SEPA transfer")
            .returnsNothing()
            .oauthOnly()),

    /**
     * Downloads the proof of a SEPA transfer, as a PDF. Qonto: {@code POST /v2/sepa/transfers/{id}/download_proof};
     * Camel: {@code qonto:sepaTransfer?operation=downloadProof}.
     */
    DOWNLOAD_SEPA_TRANSFER_PROOF(post("/v2/sepa/transfers/{id}/download_proof")
            .is("sepaTransfer", Action.downloadProof)
            .scope("payment.write").summary("The proof of a SEPA transfer, as a PDF")
            .returnsFile()
            .oauthOnly()),

    /**
     * Verification of Payee: checks that a name matches the holder of an IBAN, and hands out the proof token a transfer
     * to that payee carries. Qonto: {@code POST /v2/sepa/verify_payee}; Camel:
     * {@code qonto:sepaTransfer?operation=verifyPayee}.
     */
    VERIFY_PAYEE(post("/v2/sepa/verify_payee").is("sepaTransfer", Action.verifyPayee)
            .scope("payment.write").summary("Verification of Payee: does the name match the IBAN's holder")
            .returns(null, PayeeVerification.class)
            .hook(Hooks.PAYEE_INPUT)
            .resultValue("match_result", PayeeVerification::matchResult)
            .resultValue("vop_proof_token", PayeeVerification::proofToken)
            .oauthOnly()),

    /**
     * Lists SEPA beneficiaries. Qonto: {@code GET /v2/sepa/beneficiaries}; Camel:
     * {@code qonto:sepaBeneficiaries?operation=list}.
     */
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

    /**
     * Reads one SEPA beneficiary, by id. Qonto: {@code GET /v2/sepa/beneficiaries/{id}}; Camel:
     * {@code qonto:sepaBeneficiary?operation=get}.
     */
    GET_SEPA_BENEFICIARY(get("/v2/sepa/beneficiaries/{id}").is("sepaBeneficiary", Action.get).byDefault()
            .scope("organization.read").summary("One SEPA beneficiary, by id")
            .returns("beneficiary", SepaBeneficiary.class)),

    /**
     * Creates a SEPA beneficiary, untrusted until validated. Qonto: {@code POST /v2/sepa/beneficiaries}; Camel:
     * {@code qonto:sepaBeneficiary?operation=create}.
     */
    CREATE_SEPA_BENEFICIARY(post("/v2/sepa/beneficiaries").is("sepaBeneficiary", Action.create)
            .scope("payment.write").summary("Create a SEPA beneficiary (untrusted until validated)")
            .body(NewSepaBeneficiary.class, "beneficiary")
            .returns("beneficiary", SepaBeneficiary.class)
            .idempotent().oauthOnly()),

    /**
     * Changes a SEPA beneficiary's name, e-mail address or activity tag. Qonto:
     * {@code PATCH /v2/sepa/beneficiaries/{id}}; Camel: {@code qonto:sepaBeneficiary?operation=update}.
     */
    UPDATE_SEPA_BENEFICIARY(patch("/v2/sepa/beneficiaries/{id}").is("sepaBeneficiary", Action.update)
            .scope("payment.write").summary("Update a SEPA beneficiary's name, email or activity tag")
            .body(SepaBeneficiaryUpdate.class, "beneficiary")
            .returns("beneficiary", SepaBeneficiary.class)
            .sca().oauthOnly()),

    /**
     * Withdraws trust from SEPA beneficiaries. Qonto: {@code PATCH /v2/sepa/beneficiaries/untrust}; Camel:
     * {@code qonto:sepaBeneficiary?operation=untrust}.
     *
     * <p>Body: {@code {"ids": [...]}}; answers the untrusted beneficiaries.</p>
     */
    UNTRUST_SEPA_BENEFICIARIES(patch("/v2/sepa/beneficiaries/untrust").is("sepaBeneficiary", Action.untrust)
            .scope("payment.write").summary("Untrust SEPA beneficiaries")
            .inputs(required(ids("ids", "The beneficiaries, a comma list of ids; else the body (a list, a comma"
                    + " list or a beneficiary), else CamelQontoId.")))
            .returnsList("beneficiaries", SepaBeneficiary.class)
            .oauthOnly()),

    /**
     * Lists the labels transactions can carry. Qonto: {@code GET /v2/labels}; Camel:
     * {@code qonto:labels?operation=list}.
     */
    LIST_LABELS(get("/v2/labels").is("labels", Action.list).byDefault()
            .scope("organization.read").summary("The labels transactions can carry")
            .paged("labels", Label.class)),

    /**
     * Reads one label, by id. Qonto: {@code GET /v2/labels/{id}}; Camel: {@code qonto:label?operation=get}.
     */
    GET_LABEL(get("/v2/labels/{id}").is("label", Action.get).byDefault()
            .scope("organization.read").summary("One label, by id")
            .returns("label", Label.class)),

    /**
     * Lists the members of the organization. Qonto: {@code GET /v2/memberships}; Camel:
     * {@code qonto:memberships?operation=list}.
     */
    LIST_MEMBERSHIPS(get("/v2/memberships").is("memberships", Action.list).byDefault()
            .scope("organization.read").summary("The members of the organization")
            .paged("memberships", Membership.class)),

    /**
     * Lists monthly account statements, filtered by account, IBAN or period. Qonto: {@code GET /v2/statements}; Camel:
     * {@code qonto:statements?operation=list}.
     */
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

    /**
     * Reads one statement, by id, with the link to its file. Qonto: {@code GET /v2/statements/{id}}; Camel:
     * {@code qonto:statement?operation=get}.
     */
    GET_STATEMENT(get("/v2/statements/{id}").is("statement", Action.get).byDefault()
            .scope("organization.read").summary("One statement, by id, with the link to its file")
            .returns("statement", Statement.class)),

    /**
     * Downloads a statement's PDF, streamed from its pre-signed link. Qonto: {@code GET /v2/statements/{id}}; Camel:
     * {@code qonto:statement?operation=downloadFile}.
     */
    DOWNLOAD_STATEMENT_FILE(get("/v2/statements/{id}").is("statement", Action.downloadFile)
            .scope("organization.read").summary("The statement's PDF, streamed from its pre-signed link")
            .returns("statement", Statement.class)
            .hook(Hooks.FILE_FROM_LINK)),

    // ---- cards, card requests, memberships, teams, business accounts ----
    /**
     * Lists the cards the authenticated member can see. Qonto: {@code GET /v2/cards}; Camel:
     * {@code qonto:cards?operation=list}.
     */
    LIST_CARDS(get("/v2/cards").is("cards", Action.list).byDefault()
            .scope("card.read").summary("The cards the authenticated member can see")
            .paged("cards", Card.class)
            .query(text("query", "Text searched in the holder's first and last name, and the card's id, nickname,"
                            + " last digits, status, pre-expiry date and expiry year and month."),
                    ids("holder_ids[]", "Only the cards of these members, a comma list of membership ids."),
                    choices("statuses[]", "Filter by status, a comma list.", "pending", "live", "paused", "stolen",
                            "lost", "pin_blocked", "discarded", "expired", "shipped_lost", "onhold",
                            "order_canceled", "pre_expired", "abusive"),
                    ids("bank_account_ids[]", "Only the cards of these bank accounts, a comma list of ids."),
                    choices("card_levels[]", "Filter by card level, a comma list.", "standard", "plus", "metal",
                            "virtual", "virtual_partner", "flash", "advertising"),
                    ids("ids[]", "Only the items with these ids, a comma list."),
                    choice("sort_by", "Sort order of a list operation, field:direction.", "status:asc",
                            "status:desc", "nickname:asc", "nickname:desc", "last_activity_at:asc",
                            "last_activity_at:desc", "created_at:asc", "created_at:desc"))
            .oauthOnly()),

    /**
     * Creates several cards in one call; the answer keeps their order. Qonto: {@code POST /v2/cards/bulk}; Camel:
     * {@code qonto:cards?operation=bulkCreate}.
     *
     * <p>Body: {@code {"cards": [{"card": {...}}, ...]}}, from a list of cards or that object.</p>
     */
    BULK_CREATE_CARDS(post("/v2/cards/bulk").is("cards", Action.bulkCreate)
            .scope("card.write").summary("Create several cards in one call; the answer keeps their order")
            .body(NewCards.class, null)
            .hook(Hooks.CARD_BATCH)
            .returnsList("cards", CardCreation.class)
            .sca().oauthOnly()),

    /**
     * Creates a card for a member. Qonto: {@code POST /v2/cards}; Camel: {@code qonto:card?operation=create}.
     */
    CREATE_CARD(post("/v2/cards").is("card", Action.create)
            .scope("card.write").summary("Create a card for a member")
            .body(NewCard.class, "card")
            .returns("card", Card.class)
            .idempotent().sca().oauthOnly()),

    /**
     * Reads the link of a page showing a card's number, expiry date and CVV, to embed in an iframe. Qonto:
     * {@code GET /v2/cards/{id}/data_view}; Camel: {@code qonto:card?operation=getIframeUrl}.
     */
    GET_CARD_IFRAME_URL(get("/v2/cards/{id}/data_view").is("card", Action.getIframeUrl)
            .scope("card.read").summary("The link of a page showing the card's number, expiry and CVV, for an"
                    + " iframe")
            .returns(null, CardDataView.class)
            .oauthOnly()),

    /**
     * Locks a card until it is unlocked. Qonto: {@code PUT /v2/cards/{id}/lock}; Camel:
     * {@code qonto:card?operation=lock}.
     */
    LOCK_CARD(put("/v2/cards/{id}/lock").is("card", Action.lock)
            .scope("card.write").summary("Lock a card until it is unlocked")
            .returns("card", Card.class)
            .oauthOnly()),

    /**
     * Unlocks a locked card. Qonto: {@code PUT /v2/cards/{id}/unlock}; Camel: {@code qonto:card?operation=unlock}.
     */
    UNLOCK_CARD(put("/v2/cards/{id}/unlock").is("card", Action.unlock)
            .scope("card.write").summary("Unlock a locked card")
            .returns("card", Card.class)
            .oauthOnly()),

    /**
     * Reports a physical card as lost, which blocks it for good. Qonto: {@code PUT /v2/cards/{id}/lost}; Camel:
     * {@code qonto:card?operation=reportLost}.
     */
    REPORT_CARD_LOST(put("/v2/cards/{id}/lost").is("card", Action.reportLost)
            .scope("card.write").summary("Report a physical card as lost: it is blocked for good")
            .returns("card", Card.class)
            .oauthOnly()),

    /**
     * Reports a physical card as stolen, which blocks it for good. Qonto: {@code PUT /v2/cards/{id}/stolen}; Camel:
     * {@code qonto:card?operation=reportStolen}.
     */
    REPORT_CARD_STOLEN(put("/v2/cards/{id}/stolen").is("card", Action.reportStolen)
            .scope("card.write").summary("Report a physical card as stolen: it is blocked for good")
            .returns("card", Card.class)
            .oauthOnly()),

    /**
     * Discards a virtual or flash card, which blocks it for good. Qonto: {@code PUT /v2/cards/{id}/discard}; Camel:
     * {@code qonto:card?operation=discard}.
     */
    DISCARD_CARD(put("/v2/cards/{id}/discard").is("card", Action.discard)
            .scope("card.write").summary("Discard a virtual or flash card: it is blocked for good")
            .returns("card", Card.class)
            .oauthOnly()),

    /**
     * Changes a card's spending and withdrawal limits. Qonto: {@code PATCH /v2/cards/{id}/limits}; Camel:
     * {@code qonto:card?operation=updateLimits}.
     */
    UPDATE_CARD_LIMITS(patch("/v2/cards/{id}/limits").is("card", Action.updateLimits)
            .scope("card.write").summary("Change a card's spending and withdrawal limits")
            .body(CardLimits.class, "card")
            .returns("card", Card.class)
            .sca().oauthOnly()),

    /**
     * Changes the days and the merchant categories a card may pay on. Qonto: {@code PATCH /v2/cards/{id}/restrictions};
     * Camel: {@code qonto:card?operation=updateRestrictions}.
     */
    UPDATE_CARD_RESTRICTIONS(patch("/v2/cards/{id}/restrictions").is("card", Action.updateRestrictions)
            .scope("card.write").summary("Change the days and merchant categories a card may pay on")
            .body(CardRestrictions.class, "card")
            .returns("card", Card.class)
            .oauthOnly()),

    /**
     * Allows or forbids a card's cash withdrawals and its contactless, online and foreign payments. Qonto:
     * {@code PATCH /v2/cards/{id}/options}; Camel: {@code qonto:card?operation=updateOptions}.
     */
    UPDATE_CARD_OPTIONS(patch("/v2/cards/{id}/options").is("card", Action.updateOptions)
            .scope("card.write").summary("Allow or forbid cash withdrawals, contactless, online and foreign payments")
            .body(CardOptions.class, "card")
            .returns("card", Card.class)
            .oauthOnly()),

    /**
     * Renames a card. Qonto: {@code PATCH /v2/cards/{id}/nickname}; Camel: {@code qonto:card?operation=updateNickname}.
     */
    UPDATE_CARD_NICKNAME(patch("/v2/cards/{id}/nickname").is("card", Action.updateNickname)
            .scope("card.write").summary("Rename a card")
            .inputs(required(text("nickname", "The card's new nickname.")))
            .inputsWrappedIn("card")
            .returns("card", Card.class)
            .oauthOnly()),

    /**
     * Reads the designs cards can be ordered in, by card type and level. Qonto: {@code GET /v2/cards/appearances};
     * Camel: {@code qonto:cardAppearances?operation=get}.
     */
    LIST_CARD_APPEARANCES(get("/v2/cards/appearances").is("cardAppearances", Action.get).byDefault()
            .scope("card.read").summary("The designs cards can be ordered in, by card type and level")
            .returnsList("card_type_appearances", CardTypeAppearances.class)
            .oauthOnly()),

    /**
     * Asks for a flash card; a reviewer then approves or declines the request. Qonto:
     * {@code POST /v2/requests/flash_cards}; Camel: {@code qonto:request?operation=createFlashCard}.
     */
    CREATE_FLASH_CARD_REQUEST(post("/v2/requests/flash_cards").is("request", Action.createFlashCard)
            .scope("request_cards.write").summary("Ask for a flash card, for a reviewer to approve")
            .body(NewFlashCardRequest.class, "request_flash_card")
            .returns("request_flash_card", ApprovalRequest.class)
            .resultValue("request_type", ApprovalRequest::requestType)
            .oauthOnly()),

    /**
     * Asks for a virtual card; a reviewer then approves or declines the request. Qonto:
     * {@code POST /v2/requests/virtual_cards}; Camel: {@code qonto:request?operation=createVirtualCard}.
     */
    CREATE_VIRTUAL_CARD_REQUEST(post("/v2/requests/virtual_cards").is("request", Action.createVirtualCard)
            .scope("request_cards.write").summary("Ask for a virtual card, for a reviewer to approve")
            .body(NewVirtualCardRequest.class, "request_virtual_card")
            .returns("request_virtual_card", ApprovalRequest.class)
            .resultValue("request_type", ApprovalRequest::requestType)
            .oauthOnly()),

    /**
     * Reads the membership of the authenticated user, with contact data. Qonto: {@code GET /v2/membership}; Camel:
     * {@code qonto:membership?operation=get}.
     */
    GET_MEMBERSHIP(get("/v2/membership").is("membership", Action.get).byDefault()
            .scope("membership.read").summary("The membership of the authenticated user, with contact data")
            .returns("membership", Membership.class)
            .oauthOnly()),

    /**
     * Invites an employee or an accountant to the organization; Qonto e-mails the invitation at once. Qonto:
     * {@code POST /v2/memberships/invite_employee_or_accountant}; Camel: {@code qonto:membership?operation=invite}.
     */
    INVITE_MEMBERSHIP(post("/v2/memberships/invite_employee_or_accountant").is("membership", Action.invite)
            .scope("membership.write").summary("Invite a member: Qonto e-mails the invitation at once")
            .body(NewMembership.class, "membership")
            .returns("membership", Membership.class)
            .oauthOnly()),

    /**
     * Lists the teams of the organization. Qonto: {@code GET /v2/teams}; Camel: {@code qonto:teams?operation=list}.
     */
    LIST_TEAMS(get("/v2/teams").is("teams", Action.list).byDefault()
            .scope("team.read").summary("The teams of the organization")
            .paged("teams", Team.class)
            .oauthOnly()),

    /**
     * Creates a team. Qonto: {@code POST /v2/teams}; Camel: {@code qonto:team?operation=create}.
     *
     * <p>Body: {@code {"name": ...}}, not wrapped.</p>
     */
    CREATE_TEAM(post("/v2/teams").is("team", Action.create).byDefault()
            .scope("team.write").summary("Create a team")
            .inputs(required(text("name", "The name of the team to create, 2 to 100 characters.")))
            .returns("team", Team.class)
            .oauthOnly()),

    /**
     * Opens a business account, with its own IBAN. Qonto: {@code POST /v2/bank_accounts}; Camel:
     * {@code qonto:bankAccount?operation=create}.
     */
    CREATE_BANK_ACCOUNT(post("/v2/bank_accounts").is("bankAccount", Action.create)
            .scope("bank_account.write").summary("Open a business account, with its own IBAN")
            .inputs(required(text("name", "The name of the business account.")))
            .inputsWrappedIn("bank_account")
            .returns("bank_account", BankAccount.class)
            .idempotent().oauthOnly()),

    /**
     * Renames a business account. Qonto: {@code PATCH /v2/bank_accounts/{id}}; Camel:
     * {@code qonto:bankAccount?operation=update}.
     */
    UPDATE_BANK_ACCOUNT(patch("/v2/bank_accounts/{id}").is("bankAccount", Action.update)
            .scope("bank_account.write").summary("Rename a business account")
            .inputs(required(text("name", "The name of the business account.")))
            .inputsWrappedIn("bank_account")
            .returns("bank_account", BankAccount.class)
            .oauthOnly()),

    /**
     * Closes a business account; Qonto refuses to close the main account or one whose balance is not zero. Qonto:
     * {@code POST /v2/bank_accounts/{id}/close}; Camel: {@code qonto:bankAccount?operation=close}.
     */
    CLOSE_BANK_ACCOUNT(post("/v2/bank_accounts/{id}/close").is("bankAccount", Action.close)
            .scope("bank_account.write").summary("Close a business account: not the main one, and only at a zero"
                    + " balance")
            .returns("bank_account", BankAccount.class)
            .sca().oauthOnly()),

    /**
     * Downloads the IBAN certificate of a business account, as a PDF. Qonto:
     * {@code GET /v2/bank_accounts/{id}/iban_certificate}; Camel:
     * {@code qonto:bankAccount?operation=downloadIbanCertificate}.
     */
    DOWNLOAD_IBAN_CERTIFICATE(get("/v2/bank_accounts/{id}/iban_certificate")
            .is("bankAccount", Action.downloadIbanCertificate)
            .scope("organization.read").summary("The IBAN certificate of a business account, as a PDF")
            .returnsFile()),

    /**
     * Reads whether the organization sends and receives e-invoices. Qonto: {@code GET /v2/einvoicing/settings}; Camel:
     * {@code qonto:einvoicingSettings?operation=get}.
     */
    GET_EINVOICING_SETTINGS(get("/v2/einvoicing/settings").is("einvoicingSettings", Action.get).byDefault()
            .scope("einvoicing.read").summary("Whether the organization sends and receives e-invoices")
            .returns(null, EinvoicingSettings.class)),



    // ---- clients, client invoices, credit notes, quotes, payment links ----
    /**
     * Lists the organization's clients, whom invoices and quotes go to. Qonto: {@code GET /v2/clients}; Camel:
     * {@code qonto:clients?operation=list}.
     */
    LIST_CLIENTS(get("/v2/clients").is("clients", Action.list).byDefault()
            .scope("client.read").summary("The organization's clients, whom invoices and quotes go to")
            .paged("clients", Client.class)
            .query(text("filter[name]", "Only clients whose name contains this text (at least 2 characters; case"
                            + " and accents ignored)."),
                    text("filter[email]", "Only the clients with this e-mail address (case ignored)."),
                    text("filter[vat_number]", "Only the clients with this VAT number (case ignored)."),
                    text("filter[tax_identification_number]", "Only the clients with this tax identification"
                            + " number (case ignored)."),
                    choice("sort_by", "Sort order of a list operation, field:direction.", "created_at:asc",
                            "created_at:desc", "name:asc", "name:desc"))),

    /**
     * Reads one client, by id. Qonto: {@code GET /v2/clients/{id}}; Camel: {@code qonto:client?operation=get}.
     */
    GET_CLIENT(get("/v2/clients/{id}").is("client", Action.get).byDefault()
            .scope("client.read").summary("One client, by id")
            .returns("client", Client.class)),

    /**
     * Creates a client; Qonto does not check that it is new. Qonto: {@code POST /v2/clients}; Camel:
     * {@code qonto:client?operation=create}.
     */
    CREATE_CLIENT(post("/v2/clients").is("client", Action.create)
            .scope("client.write").summary("Create a client (Qonto does not check that it is new)")
            .body(NewClient.class, null)
            .returns("client", Client.class)),

    /**
     * Changes a client's details. Qonto: {@code PATCH /v2/clients/{id}}; Camel: {@code qonto:client?operation=update}.
     */
    UPDATE_CLIENT(patch("/v2/clients/{id}").is("client", Action.update)
            .scope("client.write").summary("Change a client's details")
            .body(ClientUpdate.class, null)
            .returns("client", Client.class)),

    /**
     * Deletes a client for good; Qonto cancels its recurring invoices. Qonto: {@code DELETE /v2/clients/{id}}; Camel:
     * {@code qonto:client?operation=delete}.
     */
    DELETE_CLIENT(delete("/v2/clients/{id}").is("client", Action.delete)
            .scope("client.write").summary("Delete a client for good; its recurring invoices are canceled")
            .returnsNothing()),

    /**
     * Lists the invoices issued to clients. Qonto: {@code GET /v2/client_invoices}; Camel:
     * {@code qonto:clientInvoices?operation=list}.
     */
    LIST_CLIENT_INVOICES(get("/v2/client_invoices").is("clientInvoices", Action.list).byDefault()
            .scope("client_invoices.read").summary("Invoices issued to clients")
            .paged("client_invoices", ClientInvoice.class)
            .query(joinedChoices("filter[status]", "Filter by status, a comma list.", "draft", "unpaid", "paid",
                            "canceled"),
                    instant("filter[created_at_from]", "Only invoices created at or after this ISO-8601 instant."),
                    instant("filter[created_at_to]", "Only invoices created at or before this ISO-8601 instant."),
                    instant("filter[updated_at_from]", "Only items updated at or after this ISO-8601 instant."),
                    instant("filter[updated_at_to]", "Only items updated at or before this ISO-8601 instant."),
                    bool("exclude_imported", "Leave out invoices imported into Qonto (true, Qonto's default) or"
                            + " include them (false)."),
                    choice("sort_by", "Sort order of a list operation, field:direction. Consumers sort by their"
                            + " cursor field and refuse it.", "created_at:asc", "created_at:desc"))
            .cursor("created_at", "filter[created_at_from]", ClientInvoice::createdAt)),

    /**
     * Reads one client invoice, by id. Qonto: {@code GET /v2/client_invoices/{id}}; Camel:
     * {@code qonto:clientInvoice?operation=get}.
     */
    GET_CLIENT_INVOICE(get("/v2/client_invoices/{id}").is("clientInvoice", Action.get).byDefault()
            .scope("client_invoices.read").summary("One client invoice, by id")
            .returns("client_invoice", ClientInvoice.class)),

    /**
     * Creates a client invoice, as a draft or finalized. Qonto: {@code POST /v2/client_invoices}; Camel:
     * {@code qonto:clientInvoice?operation=create}.
     */
    CREATE_CLIENT_INVOICE(post("/v2/client_invoices").is("clientInvoice", Action.create)
            .scope("client_invoice.write").summary("Create a client invoice, as a draft or finalized")
            .body(NewClientInvoice.class, null)
            .returns("client_invoice", ClientInvoice.class)),

    /**
     * Changes a draft client invoice. Qonto: {@code PATCH /v2/client_invoices/{id}}; Camel:
     * {@code qonto:clientInvoice?operation=update}.
     */
    UPDATE_CLIENT_INVOICE(patch("/v2/client_invoices/{id}").is("clientInvoice", Action.update)
            .scope("client_invoice.write").summary("Change a draft client invoice")
            .body(ClientInvoiceUpdate.class, null)
            .returns("client_invoice", ClientInvoice.class)),

    /**
     * Deletes a draft client invoice. Qonto: {@code DELETE /v2/client_invoices/{id}}; Camel:
     * {@code qonto:clientInvoice?operation=delete}.
     */
    DELETE_CLIENT_INVOICE(delete("/v2/client_invoices/{id}").is("clientInvoice", Action.delete)
            .scope("client_invoice.write").summary("Delete a draft client invoice")
            .returnsNothing()),

    /**
     * Finalizes a draft client invoice: it gets its number and is unpaid. Qonto:
     * {@code POST /v2/client_invoices/{id}/finalize}; Camel: {@code qonto:clientInvoice?operation=finalize}.
     */
    FINALIZE_CLIENT_INVOICE(post("/v2/client_invoices/{id}/finalize").is("clientInvoice", Action.finalize)
            .scope("client_invoice.write").summary("Finalize a draft client invoice: it gets its number and is unpaid")
            .returns("client_invoice", ClientInvoice.class)),

    /**
     * E-mails a client invoice. Qonto: {@code POST /v2/client_invoices/{id}/send}; Camel:
     * {@code qonto:clientInvoice?operation=send}.
     */
    SEND_CLIENT_INVOICE(post("/v2/client_invoices/{id}/send").is("clientInvoice", Action.send)
            .scope("client_invoice.write").summary("E-mail a client invoice")
            .body(DocumentEmail.class, null)
            .returnsNothing()),

    /**
     * Marks an unpaid client invoice as paid, or changes the payment date of a paid one. Qonto:
     * {@code POST /v2/client_invoices/{id}/mark_as_paid}; Camel: {@code qonto:clientInvoice?operation=markAsPaid}.
     */
    MARK_CLIENT_INVOICE_AS_PAID(post("/v2/client_invoices/{id}/mark_as_paid").is("clientInvoice", Action.markAsPaid)
            .scope("client_invoice.write").summary("Mark an unpaid client invoice as paid, or change its payment date")
            .inputs(date("paid_at", "The day the invoice was paid, ISO-8601, not in the future; today when not set."))
            .returns("client_invoice", ClientInvoice.class)),

    /**
     * Sets a paid client invoice back to unpaid. Qonto: {@code POST /v2/client_invoices/{id}/unmark_as_paid}; Camel:
     * {@code qonto:clientInvoice?operation=unmarkAsPaid}.
     */
    UNMARK_CLIENT_INVOICE_AS_PAID(post("/v2/client_invoices/{id}/unmark_as_paid")
            .is("clientInvoice", Action.unmarkAsPaid)
            .scope("client_invoice.write").summary("Set a paid client invoice back to unpaid")
            .returns("client_invoice", ClientInvoice.class)),

    /**
     * Cancels an unpaid client invoice. Qonto: {@code POST /v2/client_invoices/{id}/mark_as_canceled}; Camel:
     * {@code qonto:clientInvoice?operation=cancel}.
     */
    CANCEL_CLIENT_INVOICE(post("/v2/client_invoices/{id}/mark_as_canceled").is("clientInvoice", Action.cancel)
            .scope("client_invoice.write").summary("Cancel an unpaid client invoice")
            .returns("client_invoice", ClientInvoice.class)),

    /**
     * Lists the credit notes correcting client invoices. Qonto: {@code GET /v2/credit_notes}; Camel:
     * {@code qonto:creditNotes?operation=list}.
     */
    LIST_CREDIT_NOTES(get("/v2/credit_notes").is("creditNotes", Action.list).byDefault()
            .scope("client_invoices.read").summary("Credit notes correcting client invoices")
            .paged("credit_notes", CreditNote.class)
            .query(instant("filter[created_at_from]", "Only credit notes created at or after this ISO-8601"
                            + " instant."),
                    instant("filter[created_at_to]", "Only credit notes created at or before this ISO-8601"
                            + " instant."),
                    choice("sort_by", "Sort order of a list operation, field:direction. Consumers sort by their"
                            + " cursor field and refuse it.", "created_at:asc", "created_at:desc"))
            .cursor("created_at", "filter[created_at_from]", CreditNote::createdAt)),

    /**
     * Reads one credit note, by id. Qonto: {@code GET /v2/credit_notes/{id}}; Camel:
     * {@code qonto:creditNote?operation=get}.
     */
    GET_CREDIT_NOTE(get("/v2/credit_notes/{id}").is("creditNote", Action.get).byDefault()
            .scope("client_invoices.read").summary("One credit note, by id")
            .returns("credit_note", CreditNote.class)),

    /**
     * Lists the quotes made out to clients. Qonto: {@code GET /v2/quotes}; Camel: {@code qonto:quotes?operation=list}.
     */
    LIST_QUOTES(get("/v2/quotes").is("quotes", Action.list).byDefault()
            .scope("client_invoices.read").summary("Quotes to clients")
            .paged("quotes", Quote.class)
            .query(joinedChoices("filter[status]", "Filter by status, a comma list.", "pending_approval",
                            "approved", "canceled"),
                    instant("filter[created_at_from]", "Only quotes created at or after this ISO-8601 instant."),
                    instant("filter[created_at_to]", "Only quotes created at or before this ISO-8601 instant."),
                    choice("sort_by", "Sort order of a list operation, field:direction. Consumers sort by their"
                            + " cursor field and refuse it.", "created_at:asc", "created_at:desc"))
            .cursor("created_at", "filter[created_at_from]", Quote::createdAt)),

    /**
     * Reads one quote, by id. Qonto: {@code GET /v2/quotes/{id}}; Camel: {@code qonto:quote?operation=get}.
     *
     * <p>Qonto's reference shows the quote bare, Qonto has been seen wrapping it in {@code quote}: both are read.</p>
     */
    GET_QUOTE(get("/v2/quotes/{id}").is("quote", Action.get).byDefault()
            .scope("client_invoices.read").summary("One quote, by id")
            .returns("quote", Quote.class)),

    /**
     * Creates a quote. Qonto: {@code POST /v2/quotes}; Camel: {@code qonto:quote?operation=create}.
     */
    CREATE_QUOTE(post("/v2/quotes").is("quote", Action.create)
            .scope("client_invoice.write").summary("Create a quote")
            .body(NewQuote.class, null)
            .returns("quote", Quote.class)),

    /**
     * Changes a quote. Qonto: {@code PATCH /v2/quotes/{id}}; Camel: {@code qonto:quote?operation=update}.
     */
    UPDATE_QUOTE(patch("/v2/quotes/{id}").is("quote", Action.update)
            .scope("client_invoice.write").summary("Change a quote")
            .body(QuoteUpdate.class, null)
            .returns("quote", Quote.class)),

    /**
     * Deletes a quote that was not sent. Qonto: {@code DELETE /v2/quotes/{id}}; Camel:
     * {@code qonto:quote?operation=delete}.
     */
    DELETE_QUOTE(delete("/v2/quotes/{id}").is("quote", Action.delete)
            .scope("client_invoice.write").summary("Delete a quote that was not sent")
            .returnsNothing()),

    /**
     * E-mails a quote. Qonto: {@code POST /v2/quotes/{id}/send}; Camel: {@code qonto:quote?operation=send}.
     */
    SEND_QUOTE(post("/v2/quotes/{id}/send").is("quote", Action.send)
            .scope("client_invoice.write").summary("E-mail a quote")
            .body(DocumentEmail.class, null)
            .returnsNothing()),

    /**
     * Connects an account to the payment-link provider, once, before the first payment link. Qonto:
     * {@code POST /v2/payment_links/connections}; Camel: {@code qonto:paymentLinkConnection?operation=create}.
     */
    CONNECT_PAYMENT_LINKS(post("/v2/payment_links/connections").is("paymentLinkConnection", Action.create)
            .scope("payment_link.write").summary("Connect an account to the payment-link provider, once")
            .body(NewPaymentLinkConnection.class, null)
            .returns(null, PaymentLinkConnection.class)
            .oauthOnly()),

    /**
     * Reads the state of the connection to the payment-link provider. Qonto: {@code GET /v2/payment_links/connections};
     * Camel: {@code qonto:paymentLinkConnection?operation=get}.
     */
    GET_PAYMENT_LINK_CONNECTION(get("/v2/payment_links/connections").is("paymentLinkConnection", Action.get)
            .byDefault()
            .scope("payment_link.read").summary("The state of the connection to the payment-link provider")
            .returns(null, PaymentLinkConnection.class)
            .oauthOnly()),

    /**
     * Creates a payment link, for items or for an invoice. Qonto: {@code POST /v2/payment_links}; Camel:
     * {@code qonto:paymentLink?operation=create}.
     */
    CREATE_PAYMENT_LINK(post("/v2/payment_links").is("paymentLink", Action.create)
            .scope("payment_link.write").summary("Create a payment link, for items or for an invoice")
            .body(NewPaymentLink.class, "payment_link")
            .returns("payment_link", PaymentLink.class)
            .oauthOnly()),

    /**
     * Lists the organization's payment links. Qonto: {@code GET /v2/payment_links}; Camel:
     * {@code qonto:paymentLinks?operation=list}.
     */
    LIST_PAYMENT_LINKS(get("/v2/payment_links").is("paymentLinks", Action.list).byDefault()
            .scope("payment_link.read").summary("The organization's payment links")
            .paged("payment_links", PaymentLink.class)
            .query(joinedChoices("status", "Filter by status, a comma list.", "open", "processing", "paid",
                            "expired", "canceled"),
                    choice("sort_by", "Sort order of a list operation, field:direction.", "amount:asc",
                            "amount:desc", "created_at:asc", "created_at:desc", "expiration_date:asc",
                            "expiration_date:desc"))
            .oauthOnly()),

    /**
     * Reads one payment link, by id. Qonto: {@code GET /v2/payment_links/{id}}; Camel:
     * {@code qonto:paymentLink?operation=get}.
     *
     * <p>Qonto's reference shows the link bare, Qonto has been seen wrapping it in {@code payment_link}: both are
     * read.</p>
     */
    GET_PAYMENT_LINK(get("/v2/payment_links/{id}").is("paymentLink", Action.get).byDefault()
            .scope("payment_link.read").summary("One payment link, by id")
            .returns("payment_link", PaymentLink.class)
            .oauthOnly()),

    /**
     * Deactivates an open payment link. Qonto: {@code PATCH /v2/payment_links/{id}/deactivate}; Camel:
     * {@code qonto:paymentLink?operation=deactivate}.
     */
    DEACTIVATE_PAYMENT_LINK(patch("/v2/payment_links/{id}/deactivate").is("paymentLink", Action.deactivate)
            .scope("payment_link.write").summary("Deactivate an open payment link")
            .returns("payment_link", PaymentLink.class)
            .oauthOnly()),

    /**
     * Lists the payments made through one payment link. Qonto: {@code GET /v2/payment_links/{id}/payments}; Camel:
     * {@code qonto:paymentLinkPayments?operation=list}.
     *
     * <p>Path parameter {@code id} is the payment link's, from CamelQontoId.</p>
     */
    LIST_PAYMENT_LINK_PAYMENTS(get("/v2/payment_links/{id}/payments").is("paymentLinkPayments", Action.list)
            .byDefault()
            .scope("payment_link.read").summary("The payments made through one payment link")
            .paged("payments", PaymentLinkPayment.class)
            .query(choice("status", "Only the payments with this status.", "pending", "paid", "failed",
                            "canceled", "refunded"),
                    choice("sort_by", "Sort order of a list operation, field:direction.", "creation_date:asc",
                            "creation_date:desc"))
            .oauthOnly()),

    /**
     * Lists the payment methods a payment link can offer, for an amount and currency or for a customer's language.
     * Qonto: {@code GET /v2/payment_links/payment_methods}; Camel: {@code qonto:paymentLink?operation=paymentMethods}.
     *
     * <p>Not a collection of its own: an unpaged list of what a payment link can offer, asked of the resource.</p>
     */
    LIST_PAYMENT_LINK_PAYMENT_METHODS(get("/v2/payment_links/payment_methods")
            .is("paymentLink", Action.paymentMethods)
            .scope("payment_link.read").summary("The payment methods a payment link can offer")
            .returnsList("payment_link_payment_methods", PaymentLinkPaymentMethod.class)
            .query(text("amount", "The amount of the link to be, a decimal string such as 25.00; with currency."),
                    text("currency", "The currency of the link to be, such as EUR; with amount."),
                    text("locale", "The customer's language, such as fr; instead of amount and currency."))
            .requireOneOf("amount", "locale")
            .oauthOnly()),


    // ---- transfers: recurring, bulk, internal, international, legacy, payee verification ----
    /**
     * Lists SEPA recurring transfers, latest update first. Qonto: {@code GET /v2/sepa/recurring_transfers}; Camel:
     * {@code qonto:recurringTransfers?operation=list}.
     */
    LIST_RECURRING_TRANSFERS(get("/v2/sepa/recurring_transfers").is("recurringTransfers", Action.list).byDefault()
            .scope("organization.read").summary("SEPA recurring transfers, latest update first")
            .paged("recurring_transfers", RecurringTransfer.class)
            .oauthOnly()),

    /**
     * Reads one SEPA recurring transfer, by id. Qonto: {@code GET /v2/sepa/recurring_transfers/{id}}; Camel:
     * {@code qonto:recurringTransfer?operation=get}.
     */
    GET_RECURRING_TRANSFER(get("/v2/sepa/recurring_transfers/{id}").is("recurringTransfer", Action.get)
            .scope("organization.read").summary("One SEPA recurring transfer, by id")
            .returns("recurring_transfer", RecurringTransfer.class)
            .oauthOnly()),

    /**
     * Sets up a SEPA recurring transfer, after a Verification of Payee whose proof goes out with it. Qonto:
     * {@code POST /v2/sepa/recurring_transfers}; Camel: {@code qonto:recurringTransfer?operation=create}.
     *
     * <p>Body: {@code {"vop_proof_token": ..., "recurring_transfer": {...}}}; Qonto asks for SCA every time.</p>
     */
    CREATE_RECURRING_TRANSFER(post("/v2/sepa/recurring_transfers").is("recurringTransfer", Action.create).byDefault()
            .scope("payment.write").summary("Set up a SEPA recurring transfer, after Verification of Payee, under SCA")
            .body(NewRecurringTransfer.class, "recurring_transfer")
            .returns("recurring_transfer", RecurringTransfer.class)
            .hook(Hooks.PAYEE_VERIFICATION)
            .idempotent().sca().oauthOnly()),

    /**
     * Cancels a SEPA recurring transfer: it makes no further transfers. Qonto:
     * {@code POST /v2/sepa/recurring_transfers/{id}/cancel}; Camel: {@code qonto:recurringTransfer?operation=cancel}.
     *
     * <p>Qonto answers 204; its documentation also shows a 200 with the transfer, which is read and dropped.</p>
     */
    CANCEL_RECURRING_TRANSFER(post("/v2/sepa/recurring_transfers/{id}/cancel")
            .is("recurringTransfer", Action.cancel)
            .scope("payment.write").summary("Cancel a SEPA recurring transfer: no further executions")
            .returnsNothing()
            .oauthOnly()),

    /**
     * Lists SEPA bulk transfers, latest update first. Qonto: {@code GET /v2/sepa/bulk_transfers}; Camel:
     * {@code qonto:bulkTransfers?operation=list}.
     */
    LIST_BULK_TRANSFERS(get("/v2/sepa/bulk_transfers").is("bulkTransfers", Action.list).byDefault()
            .scope("organization.read").summary("SEPA bulk transfers, latest update first")
            .paged("bulk_transfers", BulkTransfer.class)
            .oauthOnly()),

    /**
     * Reads one SEPA bulk transfer, by id, with the result of each of its transfers. Qonto:
     * {@code GET /v2/sepa/bulk_transfers/{id}}; Camel: {@code qonto:bulkTransfer?operation=get}.
     */
    GET_BULK_TRANSFER(get("/v2/sepa/bulk_transfers/{id}").is("bulkTransfer", Action.get)
            .scope("organization.read").summary("One SEPA bulk transfer, by id, with the result of each transfer")
            .returns("bulk_transfer", BulkTransfer.class)
            .oauthOnly()),

    /**
     * Sends up to 400 SEPA transfers in one call, after a bulk Verification of Payee whose proof goes out with them.
     * Qonto: {@code POST /v2/sepa/bulk_transfers}; Camel: {@code qonto:bulkTransfer?operation=create}.
     *
     * <p>Body: {@code {"bank_account_id", "vop_proof_token", "bulk_transfers": [...]}}. Qonto's reference answers the
     * bulk transfer itself; an answer wrapped in {@code bulk_transfer} reads too.</p>
     */
    CREATE_BULK_TRANSFER(post("/v2/sepa/bulk_transfers").is("bulkTransfer", Action.create).byDefault()
            .scope("payment.write").summary("Up to 400 SEPA transfers in one call, after a bulk Verification of Payee")
            .body(NewBulkTransfer.class, null)
            .returns("bulk_transfer", BulkTransfer.class)
            .hook(Hooks.BULK_PAYEE_VERIFICATION)
            .idempotent().sca().oauthOnly()),

    /**
     * Bulk Verification of Payee: checks up to 400 payees and hands out the one proof token their bulk transfer
     * carries. Qonto: {@code POST /v2/sepa/bulk_verify_payee}; Camel:
     * {@code qonto:bulkTransfer?operation=verifyPayees}.
     */
    VERIFY_PAYEES(post("/v2/sepa/bulk_verify_payee").is("bulkTransfer", Action.verifyPayees)
            .scope("payment.write").summary("Bulk Verification of Payee: one proof for up to 400 payees")
            .body(PayeeVerificationBatch.class, null)
            .returns(null, BulkPayeeVerification.class)
            .resultValue("vop_proof_token", BulkPayeeVerification::proofToken)
            .oauthOnly()),

    /**
     * Hands out the proof token a bulk transfer carries without verifying its payees. Qonto:
     * {@code POST /v2/sepa/skip_verify_payee}; Camel: {@code qonto:bulkTransfer?operation=skipPayeeVerification}.
     */
    SKIP_PAYEE_VERIFICATION(post("/v2/sepa/skip_verify_payee").is("bulkTransfer", Action.skipPayeeVerification)
            .scope("payment.write").summary("The proof a bulk transfer needs, its payees left unverified")
            .body(PayeeVerificationBatch.class, null)
            .returns(null, BulkPayeeVerification.class)
            .resultValue("vop_proof_token", BulkPayeeVerification::proofToken)
            .oauthOnly()),

    /**
     * Trusts SEPA beneficiaries, so that transfers to them need no Strong Customer Authentication. Qonto:
     * {@code PATCH /v2/sepa/beneficiaries/trust}; Camel: {@code qonto:sepaBeneficiary?operation=trust}.
     *
     * <p>Body: {@code {"ids": [...]}}; answers the trusted beneficiaries. Qonto grants the scope to Embed partners
     * only.</p>
     */
    TRUST_SEPA_BENEFICIARIES(patch("/v2/sepa/beneficiaries/trust").is("sepaBeneficiary", Action.trust)
            .scope("beneficiary.trust").summary("Trust SEPA beneficiaries, so that transfers to them need no SCA")
            .inputs(required(ids("ids", "The beneficiaries, a comma list of ids; else the body (a list, a comma"
                    + " list or a beneficiary), else CamelQontoId.")))
            .returnsList("beneficiaries", SepaBeneficiary.class)
            .sca().oauthOnly()),

    /**
     * Moves money at once between two accounts of the organization. Qonto: {@code POST /v2/internal_transfers}; Camel:
     * {@code qonto:internalTransfer?operation=create}.
     */
    CREATE_INTERNAL_TRANSFER(post("/v2/internal_transfers").is("internalTransfer", Action.create).byDefault()
            .scope("internal_transfer.write").summary("An instant transfer between two accounts of the organization")
            .body(NewInternalTransfer.class, "internal_transfer")
            .returns("internal_transfer", InternalTransfer.class)
            .idempotent()),

    /**
     * Asks for up to 400 transfers, which a reviewer approves or declines as one request. Qonto:
     * {@code POST /v2/requests/multi_transfers}; Camel: {@code qonto:multiTransferRequest?operation=create}.
     *
     * <p>Body: {@code {"request_multi_transfer": {...}}}; a reviewer then approves or declines it as one request.</p>
     */
    CREATE_MULTI_TRANSFER_REQUEST(post("/v2/requests/multi_transfers").is("multiTransferRequest", Action.create)
            .byDefault()
            .scope("request_transfers.write").summary("Ask for up to 400 transfers, approved or declined as one")
            .body(NewMultiTransferRequest.class, "request_multi_transfer")
            .returns("request_multi_transfer", ApprovalRequest.class)
            .resultValue("request_type", ApprovalRequest::requestType)
            .idempotent().oauthOnly()),

    /**
     * Reads whether the organization may send international transfers. Qonto:
     * {@code GET /v2/international/eligibility}; Camel: {@code qonto:internationalTransfer?operation=eligibility}.
     */
    GET_INTERNATIONAL_ELIGIBILITY(get("/v2/international/eligibility")
            .is("internationalTransfer", Action.eligibility)
            .scope("organization.read").summary("Whether the organization may send international transfers")
            .returns(null, InternationalEligibility.class)
            .oauthOnly()),

    /**
     * Lists the currencies international transfers can be sent in from a source currency. Qonto:
     * {@code GET /v2/international/currencies}; Camel: {@code qonto:internationalTransfer?operation=currencies}.
     *
     * <p>One answer, not paged.</p>
     */
    LIST_INTERNATIONAL_CURRENCIES(get("/v2/international/currencies")
            .is("internationalTransfer", Action.currencies)
            .scope("organization.read").summary("The currencies international transfers can be sent in")
            .query(text("source", "The currency the transfers are sent from, e.g. EUR (required)."))
            .requireOneOf("source")
            .returnsList("currencies", InternationalCurrency.class)
            .oauthOnly()),

    /**
     * Gets a quote for an international transfer: its exchange rate and fees. Qonto:
     * {@code POST /v2/international/quotes}; Camel: {@code qonto:internationalQuote?operation=create}.
     */
    CREATE_INTERNATIONAL_QUOTE(post("/v2/international/quotes").is("internationalQuote", Action.create).byDefault()
            .scope("international_transfer.write").summary("A quote: the rate and fees of an international transfer")
            .body(NewInternationalQuote.class, null)
            .returns("quote", InternationalQuote.class)
            .oauthOnly()),

    /**
     * Lists the details Qonto needs about an international beneficiary. Qonto:
     * {@code POST /v2/international/beneficiaries/requirements}; Camel:
     * {@code qonto:internationalBeneficiary?operation=requirements}.
     */
    LIST_INTERNATIONAL_BENEFICIARY_REQUIREMENTS(post("/v2/international/beneficiaries/requirements")
            .is("internationalBeneficiary", Action.requirements)
            .scope("international_transfer.write").summary("The details an international beneficiary must give")
            .body(NewInternationalBeneficiary.class, null)
            .returnsList("requirements", InternationalRequirement.class)
            .oauthOnly()),

    /**
     * Lists the international beneficiaries in one currency. Qonto: {@code GET /v2/international/beneficiaries}; Camel:
     * {@code qonto:internationalBeneficiaries?operation=list}.
     */
    LIST_INTERNATIONAL_BENEFICIARIES(get("/v2/international/beneficiaries")
            .is("internationalBeneficiaries", Action.list).byDefault()
            .scope("organization.read").summary("International beneficiaries in one currency")
            .paged("beneficiaries", InternationalBeneficiary.class)
            .query(text("currency", "The beneficiaries' currency, ISO 4217, e.g. USD (required)."))
            .requireOneOf("currency")
            .oauthOnly()),

    /**
     * Creates an international beneficiary against a quote. Qonto: {@code POST /v2/international/beneficiaries}; Camel:
     * {@code qonto:internationalBeneficiary?operation=create}.
     */
    CREATE_INTERNATIONAL_BENEFICIARY(post("/v2/international/beneficiaries")
            .is("internationalBeneficiary", Action.create).byDefault()
            .scope("international_transfer.write").summary("Create an international beneficiary against a quote")
            .body(NewInternationalBeneficiary.class, null)
            .returns(null, SavedInternationalBeneficiary.class)
            .resultValue("target_account_id", SavedInternationalBeneficiary::targetAccountId)
            .oauthOnly()),

    /**
     * Replaces an international beneficiary's details. Qonto: {@code PUT /v2/international/beneficiaries/{id}}; Camel:
     * {@code qonto:internationalBeneficiary?operation=update}.
     */
    UPDATE_INTERNATIONAL_BENEFICIARY(put("/v2/international/beneficiaries/{id}")
            .is("internationalBeneficiary", Action.update)
            .scope("international_transfer.write").summary("Replace an international beneficiary's details")
            .body(NewInternationalBeneficiary.class, null)
            .returns(null, SavedInternationalBeneficiary.class)
            .resultValue("target_account_id", SavedInternationalBeneficiary::targetAccountId)
            .oauthOnly()),

    /**
     * Deletes an international beneficiary. Qonto: {@code DELETE /v2/international/beneficiaries/{id}}; Camel:
     * {@code qonto:internationalBeneficiary?operation=delete}.
     */
    DELETE_INTERNATIONAL_BENEFICIARY(delete("/v2/international/beneficiaries/{id}")
            .is("internationalBeneficiary", Action.delete)
            .scope("international_transfer.write").summary("Delete an international beneficiary")
            .returnsNothing()
            .oauthOnly()),

    /**
     * Lists the details Qonto needs about an international transfer. Qonto:
     * {@code POST /v2/international/transfers/requirements}; Camel:
     * {@code qonto:internationalTransfer?operation=requirements}.
     */
    LIST_INTERNATIONAL_TRANSFER_REQUIREMENTS(post("/v2/international/transfers/requirements")
            .is("internationalTransfer", Action.requirements)
            .scope("international_transfer.write").summary("The details an international transfer must give")
            .body(InternationalTransferDraft.class, null)
            .returnsList("requirements", InternationalRequirement.class)
            .oauthOnly()),

    /**
     * Sends an international transfer on the terms of a quote. Qonto: {@code POST /v2/international/transfers}; Camel:
     * {@code qonto:internationalTransfer?operation=create}.
     */
    CREATE_INTERNATIONAL_TRANSFER(post("/v2/international/transfers")
            .is("internationalTransfer", Action.create).byDefault()
            .scope("international_transfer.write").summary("Send an international transfer on the terms of a quote")
            .body(NewInternationalTransfer.class, null)
            .returns("transfer", InternationalTransfer.class)
            .idempotent().sca().oauthOnly()),

    /**
     * Lists legacy external transfers; Qonto deprecated it for {@link #LIST_SEPA_TRANSFERS}. Qonto:
     * {@code GET /v2/external_transfers}; Camel: {@code qonto:externalTransfers?operation=list}.
     */
    LIST_EXTERNAL_TRANSFERS(get("/v2/external_transfers").is("externalTransfers", Action.list).byDefault()
            .scope("organization.read").summary("Legacy external transfers (deprecated: list sepaTransfers)")
            .paged("external_transfers", ExternalTransfer.class)
            .query(choices("status[]", "Filter by status, a comma list.", "pending", "processing", "canceled",
                            "declined", "settled"),
                    instant("updated_at_from", "Only items updated at or after this ISO-8601 instant."),
                    instant("updated_at_to", "Only items updated at or before this ISO-8601 instant."),
                    date("scheduled_date_from", "Only transfers scheduled on or after this ISO-8601 date."),
                    date("scheduled_date_to", "Only transfers scheduled on or before this ISO-8601 date."),
                    ids("beneficiary_ids[]", "Only transfers to these beneficiaries, a comma list of ids."))
            .deprecated()),

    /**
     * Reads one legacy external transfer; Qonto deprecated it for {@link #GET_SEPA_TRANSFER}. Qonto:
     * {@code GET /v2/external_transfers/{id}}; Camel: {@code qonto:externalTransfer?operation=get}.
     */
    GET_EXTERNAL_TRANSFER(get("/v2/external_transfers/{id}").is("externalTransfer", Action.get)
            .scope("organization.read").summary("One legacy external transfer (deprecated: get a sepaTransfer)")
            .returns("external_transfer", ExternalTransfer.class)
            .deprecated()),

    /**
     * Sends a legacy transfer to a trusted beneficiary, after a Verification of Payee whose proof goes out with it;
     * Qonto deprecated it for {@link #CREATE_SEPA_TRANSFER}. Qonto: {@code POST /v2/external_transfers}; Camel:
     * {@code qonto:externalTransfer?operation=create}.
     *
     * <p>Body: {@code {"vop_proof_token": ..., "external_transfer": {...}}}, to a trusted legacy beneficiary.</p>
     */
    CREATE_EXTERNAL_TRANSFER(post("/v2/external_transfers").is("externalTransfer", Action.create).byDefault()
            .scope("payment.write").summary("Legacy transfer to a trusted beneficiary (deprecated: create a"
                    + " sepaTransfer)")
            .body(NewExternalTransfer.class, "external_transfer")
            .returns("external_transfer", ExternalTransfer.class)
            .hook(Hooks.LEGACY_PAYEE_VERIFICATION)
            .idempotent().oauthOnly().deprecated()),

    /**
     * Sends legacy transfers to beneficiaries given by IBAN; Qonto deprecated it for {@link #CREATE_BULK_TRANSFER}.
     * Qonto: {@code POST /v2/external_transfers/checkout}; Camel: {@code qonto:externalTransfer?operation=checkout}.
     *
     * <p>Body: {@code {"debit_iban": ..., "external_transfers": [...]}}; unknown beneficiaries are created
     * untrusted.</p>
     */
    CHECKOUT_EXTERNAL_TRANSFERS(post("/v2/external_transfers/checkout").is("externalTransfer", Action.checkout)
            .scope("payment.write").summary("Legacy transfers to beneficiaries given by IBAN (deprecated: create a"
                    + " bulkTransfer)")
            .body(ExternalTransferCheckout.class, null)
            .returns(null, CheckedOutTransfers.class)
            .idempotent().sca().oauthOnly().deprecated()),

    /**
     * Lists legacy beneficiaries; Qonto deprecated it for {@link #LIST_SEPA_BENEFICIARIES}. Qonto:
     * {@code GET /v2/beneficiaries}; Camel: {@code qonto:legacyBeneficiaries?operation=list}.
     */
    LIST_LEGACY_BENEFICIARIES(get("/v2/beneficiaries").is("legacyBeneficiaries", Action.list).byDefault()
            .scope("organization.read").summary("Legacy beneficiaries (deprecated: list sepaBeneficiaries)")
            .paged("beneficiaries", LegacyBeneficiary.class)
            .query(ibans("iban[]", "Only the beneficiaries with these IBANs, a comma list. Matched on the listed"
                            + " items, never sent to Qonto in a URL."),
                    choices("status[]", "Filter by status, a comma list.", "pending", "validated", "declined"),
                    bool("trusted", "Only trusted (true) or untrusted (false) beneficiaries."),
                    instant("updated_at_from", "Only items updated at or after this ISO-8601 instant."),
                    instant("updated_at_to", "Only items updated at or before this ISO-8601 instant."),
                    choice("sort_by", "Sort order of a list operation, field:direction.", "updated_at:asc",
                            "updated_at:desc"))
            .hook(Hooks.IBANS_MATCHED_LOCALLY)
            .deprecated()),

    /**
     * Reads one legacy beneficiary; Qonto deprecated it for {@link #GET_SEPA_BENEFICIARY}. Qonto:
     * {@code GET /v2/beneficiaries/{id}}; Camel: {@code qonto:legacyBeneficiary?operation=get}.
     */
    GET_LEGACY_BENEFICIARY(get("/v2/beneficiaries/{id}").is("legacyBeneficiary", Action.get).byDefault()
            .scope("organization.read").summary("One legacy beneficiary (deprecated: get a sepaBeneficiary)")
            .returns("beneficiary", LegacyBeneficiary.class)
            .deprecated()),

    /**
     * Withdraws trust from legacy beneficiaries; Qonto deprecated it for {@link #UNTRUST_SEPA_BENEFICIARIES}. Qonto:
     * {@code PATCH /v2/beneficiaries/untrust}; Camel: {@code qonto:legacyBeneficiary?operation=untrust}.
     *
     * <p>Body: {@code {"ids": [...]}}; answers the untrusted beneficiaries.</p>
     */
    UNTRUST_LEGACY_BENEFICIARIES(patch("/v2/beneficiaries/untrust").is("legacyBeneficiary", Action.untrust)
            .scope("payment.write").summary("Untrust legacy beneficiaries (deprecated: untrust sepaBeneficiaries)")
            .inputs(required(ids("ids", "The beneficiaries, a comma list of ids; else the body (a list, a comma"
                    + " list or a beneficiary), else CamelQontoId.")))
            .returnsList("beneficiaries", LegacyBeneficiary.class)
            .oauthOnly().deprecated()),


    // ---- attachments, supplier invoices, insurance, authentication, embed ----
    /**
     * Reads one attachment, by id, with a link to its file valid 30 minutes. Qonto: {@code GET /v2/attachments/{id}};
     * Camel: {@code qonto:attachment?operation=get}.
     */
    GET_ATTACHMENT(get("/v2/attachments/{id}").is("attachment", Action.get).byDefault()
            .scope("organization.read").summary("One attachment, by id, with a link to its file valid 30 minutes")
            .returns("attachment", Attachment.class)),

    /**
     * Downloads an attachment's file, streamed from its pre-signed link. Qonto: {@code GET /v2/attachments/{id}};
     * Camel: {@code qonto:attachment?operation=downloadFile}.
     */
    DOWNLOAD_ATTACHMENT_FILE(get("/v2/attachments/{id}").is("attachment", Action.downloadFile)
            .scope("organization.read").summary("The attachment's file, streamed from its pre-signed link")
            .returns("attachment", Attachment.class)
            .hook(Hooks.FILE_FROM_LINK)),

    /**
     * Uploads a file (PDF, JPEG or PNG) to attach to a transfer. Qonto: {@code POST /v2/attachments}; Camel:
     * {@code qonto:attachment?operation=upload}.
     *
     * <p>Multipart {@code file}; answers the new attachment's id only, for a transfer's {@code attachment_ids}.</p>
     */
    UPLOAD_ATTACHMENT(post("/v2/attachments").is("attachment", Action.upload)
            .scope("attachment.write").summary("Upload a file (PDF, JPEG or PNG) to attach to a transfer")
            .multipart("file", "application/pdf", "image/jpeg", "image/png")
            .returns("attachment", Attachment.class)
            .idempotent()),

    /**
     * Lists the attachments of one transaction. Qonto: {@code GET /v2/transactions/{id}/attachments}; Camel:
     * {@code qonto:transactionAttachments?operation=list}.
     *
     * <p>Path parameter {@code id} is the transaction's, from CamelQontoId.</p>
     */
    LIST_TRANSACTION_ATTACHMENTS(get("/v2/transactions/{id}/attachments").is("transactionAttachments", Action.list)
            .byDefault()
            .scope("organization.read").summary("The attachments of one transaction")
            .paged("attachments", Attachment.class)),

    /**
     * Attaches a file (PDF, JPEG or PNG) to a transaction. Qonto: {@code POST /v2/transactions/{id}/attachments};
     * Camel: {@code qonto:transactionAttachment?operation=upload}.
     *
     * <p>Multipart {@code file}; Qonto answers an empty 200 and shows the attachment once it processed the file.</p>
     */
    UPLOAD_TRANSACTION_ATTACHMENT(post("/v2/transactions/{id}/attachments").is("transactionAttachment", Action.upload)
            .byDefault()
            .scope("attachment.write").summary("Attach a file (PDF, JPEG or PNG) to a transaction")
            .multipart("file", "application/pdf", "image/jpeg", "image/png")
            .returnsNothing()
            .idempotent()),

    /**
     * Removes one attachment from a transaction. Qonto:
     * {@code DELETE /v2/transactions/{id}/attachments/{attachment_id}}; Camel:
     * {@code qonto:transactionAttachment?operation=delete}.
     *
     * <p>CamelQontoId is the transaction, CamelQontoAttachmentId the attachment.</p>
     */
    DELETE_TRANSACTION_ATTACHMENT(delete("/v2/transactions/{id}/attachments/{attachment_id}")
            .is("transactionAttachment", Action.delete)
            .scope("attachment.write").summary("Remove one attachment from a transaction")
            .returnsNothing()),

    /**
     * Removes every attachment of a transaction. Qonto: {@code DELETE /v2/transactions/{id}/attachments}; Camel:
     * {@code qonto:transactionAttachment?operation=deleteAll}.
     */
    DELETE_TRANSACTION_ATTACHMENTS(delete("/v2/transactions/{id}/attachments")
            .is("transactionAttachment", Action.deleteAll)
            .scope("attachment.write").summary("Remove every attachment of a transaction")
            .returnsNothing()),

    /**
     * Lists supplier invoices, the bills the organization received. Qonto: {@code GET /v2/supplier_invoices}; Camel:
     * {@code qonto:supplierInvoices?operation=list}.
     */
    LIST_SUPPLIER_INVOICES(get("/v2/supplier_invoices").is("supplierInvoices", Action.list).byDefault()
            .scope("supplier_invoice.read").summary("Supplier invoices: the bills the organization received")
            .paged("supplier_invoices", SupplierInvoice.class)
            .query(choices("filter[status]", "Filter by status, a comma list.", "to_review", "to_approve",
                            "awaiting_payment", "pending", "scheduled", "paid", "archived", "rejected", "discarded"),
                    choices("filter[due_date]", "Filter by due date, a comma list.", "past_and_today", "future",
                            "missing_date"),
                    ids("filter[attachment_id][]", "Only the invoices of these attachments, a comma list of ids."),
                    instant("filter[created_at_from]", "Only invoices created at or after this ISO-8601 instant."),
                    instant("filter[created_at_to]", "Only invoices created at or before this ISO-8601 instant."),
                    instant("filter[updated_at_from]", "Only items updated at or after this ISO-8601 instant."),
                    instant("filter[updated_at_to]", "Only items updated at or before this ISO-8601 instant."),
                    text("filter[payment_date]", "Only invoices paid in a period Qonto names, such as this_week."),
                    text("filter[issue_date]", "Only invoices issued in a period Qonto names, such as this_week."),
                    bool("filter[missing_data]", "Only invoices that miss data to be paid (true) or not (false)."),
                    bool("filter[matched_transactions]", "Only invoices matched with transactions (true) or not"
                            + " (false)."),
                    choices("filter[document_type][]", "Filter by document type, a comma list.", "duplicates"),
                    ids("filter[approver_id][]", "Only the invoices these members approve, a comma list of"
                            + " membership ids."),
                    date("filter[issue_date_from]", "Only invoices issued on or after this ISO-8601 date."),
                    bool("filter[exclude_credit_notes]", "Leave credit notes out (true)."),
                    text("filter[payable_amount]", "Compare the payable amount with a bound in a currency:"
                            + " lte:100.00:EUR or gte:100.00:EUR."),
                    text("query", "Text searched in the fields of queryFields."),
                    text("query_fields", "The fields search looks in, a comma list such as"
                            + " supplier_name,invoice_number."),
                    choice("sort_by", "Sort order of a list operation, field:direction. Consumers sort by their"
                            + " cursor field and refuse it.", "created_at:asc", "created_at:desc", "updated_at:asc",
                            "updated_at:desc", "issue_date:asc", "issue_date:desc", "due_date:asc",
                            "due_date:desc"))
            .cursor("updated_at", "filter[updated_at_from]", SupplierInvoice::updatedAt)
            .cursor("created_at", "filter[created_at_from]", SupplierInvoice::createdAt)),

    /**
     * Reads one supplier invoice, by id. Qonto: {@code GET /v2/supplier_invoices/{id}}; Camel:
     * {@code qonto:supplierInvoice?operation=get}.
     */
    GET_SUPPLIER_INVOICE(get("/v2/supplier_invoices/{id}").is("supplierInvoice", Action.get).byDefault()
            .scope("supplier_invoice.read").summary("One supplier invoice, by id")
            .returns("supplier_invoice", SupplierInvoice.class)),

    /**
     * Creates supplier invoices from uploaded files, each file under its own idempotency key. Qonto:
     * {@code POST /v2/supplier_invoices/bulk}; Camel: {@code qonto:supplierInvoices?operation=bulkCreate}.
     *
     * <p>Multipart: each file as {@code supplier_invoices[][file]} followed by its own
     * {@code supplier_invoices[][idempotency_key]}; Qonto answers 200 with the invoices made and the files refused.</p>
     */
    BULK_CREATE_SUPPLIER_INVOICES(post("/v2/supplier_invoices/bulk").is("supplierInvoices", Action.bulkCreate)
            .scope("supplier_invoice.write").summary("Upload supplier invoices, each file under its own idempotency"
                    + " key")
            .multipart("supplier_invoices[][file]")
            .inputs(choice("source", "Where the uploaded invoices come from.", "pay_by_invoice", "supplier_invoices",
                            "integration", "transaction_attachment", "generic_upload"),
                    bool("skip_attachment_matcher", "Skip matching the uploaded files with transactions' attachments"
                            + " (true)."))
            .hook(Hooks.SUPPLIER_INVOICE_KEYS)
            .returns(null, SupplierInvoiceBatch.class)),

    /**
     * Shares an insurance contract with Qonto. Qonto: {@code POST /v2/insurance_contracts}; Camel:
     * {@code qonto:insuranceContract?operation=create}.
     */
    CREATE_INSURANCE_CONTRACT(post("/v2/insurance_contracts").is("insuranceContract", Action.create)
            .scope("insurance_contract.write").summary("Share an insurance contract with Qonto")
            .body(NewInsuranceContract.class, "insurance_contract")
            .returns("insurance_contract", InsuranceContract.class)
            .oauthOnly()),

    /**
     * Reads one insurance contract, by id, with its documents. Qonto: {@code GET /v2/insurance_contracts/{id}}; Camel:
     * {@code qonto:insuranceContract?operation=get}.
     */
    GET_INSURANCE_CONTRACT(get("/v2/insurance_contracts/{id}").is("insuranceContract", Action.get).byDefault()
            .scope("insurance_contract.read").summary("One insurance contract, by id, with its documents")
            .returns("insurance_contract", InsuranceContract.class)
            .oauthOnly()),

    /**
     * Changes an insurance contract's details. Qonto: {@code PATCH /v2/insurance_contracts/{id}}; Camel:
     * {@code qonto:insuranceContract?operation=update}.
     */
    UPDATE_INSURANCE_CONTRACT(patch("/v2/insurance_contracts/{id}").is("insuranceContract", Action.update)
            .scope("insurance_contract.write").summary("Change an insurance contract's details")
            .body(InsuranceContractUpdate.class, "insurance_contract")
            .returns("insurance_contract", InsuranceContract.class)
            .oauthOnly()),

    /**
     * Uploads a PDF document to an insurance contract. Qonto: {@code POST /v2/insurance_contracts/{id}/attachments};
     * Camel: {@code qonto:insuranceContract?operation=uploadDocument}.
     *
     * <p>Multipart {@code file}, {@code name} and {@code type}; answers the document, bare.</p>
     */
    UPLOAD_INSURANCE_DOCUMENT(post("/v2/insurance_contracts/{id}/attachments")
            .is("insuranceContract", Action.uploadDocument)
            .scope("insurance_contract.write").summary("Upload a PDF document to an insurance contract")
            .multipart("file", "application/pdf")
            .inputs(required(text("name", "The document's name.")),
                    required(text("type", "What the document is, e.g. contract or statement.")))
            .returns(null, InsuranceDocument.class)
            .idempotent().oauthOnly()),

    /**
     * Removes a document from an insurance contract. Qonto:
     * {@code DELETE /v2/insurance_contracts/{id}/attachments/{attachment_id}}; Camel:
     * {@code qonto:insuranceContract?operation=removeDocument}.
     *
     * <p>CamelQontoId is the contract, CamelQontoAttachmentId the document.</p>
     */
    REMOVE_INSURANCE_DOCUMENT(delete("/v2/insurance_contracts/{id}/attachments/{attachment_id}")
            .is("insuranceContract", Action.removeDocument)
            .scope("insurance_contract.write").summary("Remove a document from an insurance contract")
            .returnsNothing()
            .oauthOnly()),

    /**
     * Revokes the user's consent to this application, which ends all its tokens. Qonto:
     * {@code DELETE /v2/oauth2/consents}; Camel: {@code qonto:oauthConsent?operation=revoke}.
     *
     * <p>Disconnects the app: every token it holds for the user stops working, the refresh token included.</p>
     */
    REVOKE_OAUTH_CONSENTS(delete("/v2/oauth2/consents").is("oauthConsent", Action.revoke)
            .scope("organization.read").summary("Revoke the user's consent to this app, ending all its tokens")
            .returnsNothing()
            .oauthOnly()),

    /**
     * Embed: creates a link that signs a customer in to Qonto's hosted pages. Qonto: {@code POST /v1/embed_auth_links};
     * Camel: {@code qonto:embedAuthLink?operation=create}.
     */
    CREATE_EMBED_AUTH_LINK(post("/v1/embed_auth_links").is("embedAuthLink", Action.create).byDefault()
            .scope("embed_auth_link.write").summary("Embed: a link signing a customer in to Qonto's hosted pages")
            .body(NewEmbedAuthLink.class, "embed_auth_link")
            .returns("embed_auth_link", EmbedAuthLink.class)
            .oauthOnly()),

    /**
     * Embed: forwards a request encoded by Qonto's client SDK and hands back its encoded answer. Qonto:
     * {@code POST /v1/encoded_requests/dispatch}; Camel: {@code qonto:encodedRequest?operation=dispatch}.
     *
     * <p>Body: {@code {"data": ...}} as Qonto's client SDK encoded it; the answer's {@code data} goes back to the
     * SDK.</p>
     */
    DISPATCH_ENCODED_REQUEST(post("/v1/encoded_requests/dispatch").is("encodedRequest", Action.dispatch).byDefault()
            .summary("Embed: forward a request Qonto's client SDK encoded, and hand back its encoded answer")
            .body(EncodedRequest.class, null)
            .returns(null, EncodedResponse.class)),


    // ---- webhook subscriptions ----
    /**
     * Lists the webhook subscriptions this application created. Qonto: {@code GET /v2/webhook_subscriptions}; Camel:
     * {@code qonto:webhookSubscriptions?operation=list}.
     */
    LIST_WEBHOOK_SUBSCRIPTIONS(get("/v2/webhook_subscriptions").is("webhookSubscriptions", Action.list).byDefault()
            .scope("webhook").summary("The webhook subscriptions this application created")
            .paged("subscriptions", WebhookSubscription.class)
            .oauthOnly()),

    /**
     * Reads one webhook subscription, by id. Qonto: {@code GET /v2/webhook_subscriptions/{id}}; Camel:
     * {@code qonto:webhookSubscription?operation=get}.
     */
    GET_WEBHOOK_SUBSCRIPTION(get("/v2/webhook_subscriptions/{id}").is("webhookSubscription", Action.get).byDefault()
            .scope("webhook").summary("One webhook subscription, by id")
            .returns(null, WebhookSubscription.class)
            .oauthOnly()),

    /**
     * Subscribes a callback URL to event types; the answer carries the secret that signs the events. Qonto:
     * {@code POST /v2/webhook_subscriptions}; Camel: {@code qonto:webhookSubscription?operation=create}.
     *
     * <p>Also needs the scope of each event type subscribed to (organization.read for v1/transactions).</p>
     */
    CREATE_WEBHOOK_SUBSCRIPTION(post("/v2/webhook_subscriptions").is("webhookSubscription", Action.create)
            .scope("webhook").summary("Subscribe a callback URL to event types; the answer carries the secret")
            .body(WebhookSubscriptionSettings.class, null)
            .returns(null, WebhookSubscription.class)
            .oauthOnly()),

    /**
     * Replaces a webhook subscription: its callback URL, event types, description and secret. Qonto:
     * {@code PUT /v2/webhook_subscriptions/{id}}; Camel: {@code qonto:webhookSubscription?operation=update}.
     */
    UPDATE_WEBHOOK_SUBSCRIPTION(put("/v2/webhook_subscriptions/{id}").is("webhookSubscription", Action.update)
            .scope("webhook").summary("Replace a webhook subscription: callback URL, types, description, secret")
            .body(WebhookSubscriptionSettings.class, null)
            .returns(null, WebhookSubscription.class)
            .oauthOnly()),

    /**
     * Deletes a webhook subscription. Qonto: {@code DELETE /v2/webhook_subscriptions/{id}}; Camel:
     * {@code qonto:webhookSubscription?operation=delete}.
     */
    DELETE_WEBHOOK_SUBSCRIPTION(delete("/v2/webhook_subscriptions/{id}").is("webhookSubscription", Action.delete)
            .scope("webhook").summary("Delete a webhook subscription")
            .returnsNothing()
            .oauthOnly()),


    /**
     * Reads the state of a Strong Customer Authentication session, for a route resuming a write after
     * {@code scaMode=fail}. Qonto: {@code GET /v2/sca_sessions/{sca_session_token}}; Camel:
     * {@code qonto:scaSession?operation=get}.
     */
    GET_SCA_SESSION(get("/v2/sca_sessions/{sca_session_token}").is("scaSession", Action.get).byDefault()
            .summary("The state of an SCA session, for routes resuming a write after scaMode=fail")
            .returns(null, ScaSession.class)),

    /**
     * Sandbox only: approves a pending Strong Customer Authentication session as the user would on the phone. Qonto:
     * {@code POST /v2/mocked_sca_sessions/{sca_session_token}/allow}; Camel: {@code qonto:scaSession?operation=allow}.
     *
     * <p>Sandbox only: decides a pending SCA session as if the user had approved it on the phone.</p>
     */
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
        /** Bulk Verification of Payee before a bulk transfer; its one proof token goes out with the transfers. */
        public static final String BULK_PAYEE_VERIFICATION = "bulkPayeeVerification";
        /** Verification of Payee of a legacy beneficiary before a legacy external transfer. */
        public static final String LEGACY_PAYEE_VERIFICATION = "legacyPayeeVerification";
        /** The cards of a bulk creation come from a list body, or from Qonto's {@code {"cards": [...]}} object. */
        public static final String CARD_BATCH = "cardBatch";
        /** Each file of a bulk upload goes out with an idempotency key of its own, the same on every try. */
        public static final String SUPPLIER_INVOICE_KEYS = "supplierInvoiceKeys";

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

    /**
     * Finds the operation of a resource and action.
     *
     * @param resource a resource, e.g. {@code transactions}
     * @param action   what to do to it
     * @return the operation, or empty when the catalog has none for that pair
     */
    public static Optional<QontoOperation> find(String resource, Action action) {
        return Arrays.stream(values()).filter(op -> op.resource().equals(resource) && op.action() == action)
                .findFirst();
    }

    /** {@return the HTTP method: GET, POST, PATCH, PUT or DELETE} */
    public String method() {
        return spec.method();
    }

    /** {@return the path with {@code {name}} placeholders, e.g. {@code /v2/transactions/{id}}} */
    public String pathTemplate() {
        return spec.pathTemplate();
    }

    /**
     * {@return the resource the operation belongs to: a plural collection ({@code transactions}) or a singular object}
     */
    public String resource() {
        return spec.resource();
    }

    /** {@return what the operation does to its resource} */
    public Action action() {
        return spec.action();
    }

    /** {@return whether a producer of the resource runs this operation when none is named} */
    public boolean defaultAction() {
        return spec.defaultAction();
    }

    /** {@return one line saying what the operation does} */
    public String summary() {
        return spec.summary();
    }

    /** {@return the placeholders of the path, each with its kind} */
    public List<Parameter> pathParameters() {
        return spec.pathParameters();
    }

    /** {@return the query parameters Qonto documents for this operation} */
    public List<Parameter> queryParameters() {
        return spec.queryParameters();
    }

    /** {@return the named fields of the request body, each settable by option or header} */
    public List<Parameter> inputs() {
        return spec.inputs();
    }

    /** {@return the groups of query parameters of which at least one must be set} */
    public List<List<String>> requiredOneOf() {
        return spec.requiredOneOf();
    }

    /**
     * {@return the type the request body is converted to and validated as, or null when the body is built from inputs}
     */
    public Class<?> bodyType() {
        return spec.bodyType();
    }

    /** {@return the key the request body is wrapped in ({@code {"transfer": body}}), or null when sent as is} */
    public String requestWrapper() {
        return spec.requestWrapper();
    }

    /** {@return the top-level key holding the result, {@link ResponseRoot#SINGLE_KEY}, or null for a bare object} */
    public String responseRoot() {
        return spec.responseRoot();
    }

    /** {@return the model type of one result item} */
    public Class<?> resultType() {
        return spec.resultType();
    }

    /**
     * {@return the timestamps a consumer can resume from, the default first; empty when the list cannot be consumed}
     */
    public List<CursorField> cursorFields() {
        return spec.cursorFields();
    }

    /** {@return the values of a result handed out beside it} */
    public List<ResultValue> resultValues() {
        return spec.resultValues();
    }

    /** {@return what the operation does beyond its HTTP call, by hook name (see {@link Hooks})} */
    public List<String> hooks() {
        return spec.hooks();
    }

    /** {@return whether the result is a collection walked with {@code page}/{@code per_page}} */
    public boolean paged() {
        return spec.paged();
    }

    /** {@return the multipart field of an upload's file, or null when the call sends no file} */
    public String filePart() {
        return spec.filePart();
    }

    /** {@return the media types Qonto takes for an upload's file; empty means any} */
    public List<String> fileMediaTypes() {
        return spec.fileMediaTypes();
    }

    /** {@return what names an upload's file (its name and media type); empty when the call sends no file} */
    public List<Parameter> fileParameters() {
        return spec.fileParameters();
    }

    /** {@return whether the response is a list of items that does not page} */
    public boolean listResponse() {
        return spec.listResponse();
    }

    /**
     * {@return whether Qonto requires {@code X-Qonto-Idempotency-Key}; such calls are safe to retry with the same key}
     */
    public boolean idempotent() {
        return spec.isIdempotent();
    }

    /** {@return whether Qonto may answer 428 and ask for Strong Customer Authentication} */
    public boolean scaCapable() {
        return spec.isScaCapable();
    }

    /** {@return whether the success answer has no body (204)} */
    public boolean emptyResponse() {
        return spec.emptyResponse();
    }

    /** {@return whether the success answer is a file (PDF) rather than JSON} */
    public boolean binaryResponse() {
        return spec.binaryResponse();
    }

    /** {@return whether Qonto refuses API-key authentication here and wants OAuth} */
    public boolean oauthOnly() {
        return spec.isOAuthOnly();
    }

    /** {@return whether Qonto has deprecated the endpoint in favour of another} */
    public boolean deprecated() {
        return spec.isDeprecated();
    }

    /** {@return whether only the sandbox serves it} */
    public boolean sandboxOnly() {
        return spec.isSandboxOnly();
    }

    /** {@return whether a repeat of this call can do no harm: reads, and writes carrying an idempotency key} */
    public boolean safeToRetry() {
        return "GET".equals(method()) || idempotent();
    }

    /** {@return the OAuth scope Qonto checks, or null when any valid token will do} */
    public String scope() {
        return spec.scope();
    }
}
