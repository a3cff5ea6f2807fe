package io.camelqonto.component;

import org.apache.camel.spi.Metadata;

/**
 * The headers of the Qonto component. All are named {@code CamelQonto*}, so Camel's default header filter strategy
 * keeps them from leaking to other transports. None ever carries a credential.
 */
public final class QontoConstants {

    /** The operation a producer performs, overriding the {@code operation} option. */
    @Metadata(label = "producer", javaType = "String",
              description = "The operation to perform (list, get, create, update, cancel, downloadProof, verifyPayee,"
                            + " approve, decline, untrust); overrides the operation option.")
    public static final String OPERATION = "CamelQontoOperation";

    /** The id of the Qonto object consumed, produced or acted on. */
    @Metadata(javaType = "String",
              description = "The id of the Qonto object: set on consumed items and on producer results; read by"
                            + " operations on one object (get, update, cancel, downloadProof, approve, decline,"
                            + " untrust).")
    public static final String ID = "CamelQontoId";

    /** The resource a consumed item comes from. */
    @Metadata(label = "consumer", javaType = "String",
              description = "The resource the consumed item comes from, e.g. requests or transactions.")
    public static final String RESOURCE = "CamelQontoResource";

    /** The cursor-field value of a consumed item, from which the consumer resumes once it is processed. */
    @Metadata(label = "consumer", javaType = "java.time.Instant",
              description = "The value of the item's cursor field (e.g. its updated_at): once the item is"
                            + " processed, the consumer resumes from there.")
    public static final String CURSOR = "CamelQontoCursor";

    /** The status of a consumed item or of a producer's result. */
    @Metadata(javaType = "String", description = "The status of the consumed item or of the producer's result.")
    public static final String STATUS = "CamelQontoStatus";

    /** The type of an approval request, read by approve and decline. */
    @Metadata(javaType = "String",
              description = "The type of an approval request (transfer, multi_transfer, flash_card, virtual_card):"
                            + " set on consumed requests, read by approve and decline.")
    public static final String REQUEST_TYPE = "CamelQontoRequestType";

    /** The side of a consumed transaction: credit or debit. */
    @Metadata(label = "consumer", javaType = "String",
              description = "The side of a consumed transaction: credit or debit.")
    public static final String SIDE = "CamelQontoSide";

    /** The IBAN an approved request debits, overriding the {@code debitIban} option. */
    @Metadata(label = "producer", javaType = "String",
              description = "approve: the IBAN of the account to debit; overrides the debitIban option.")
    public static final String DEBIT_IBAN = "CamelQontoDebitIban";

    /** The reason given to the requester of a declined request, overriding the {@code declinedNote} option. */
    @Metadata(label = "producer", javaType = "String",
              description = "decline: the reason given to the requester; overrides the declinedNote option.")
    public static final String DECLINED_NOTE = "CamelQontoDeclinedNote";

    /** The day a client invoice was paid, overriding the {@code paidAt} option. */
    @Metadata(label = "producer", javaType = "String",
              description = "markAsPaid (client invoices): the day the invoice was paid, ISO-8601; overrides the"
                            + " paidAt option. Today when neither is set.")
    public static final String PAID_AT = "CamelQontoPaidAt";

    /** The idempotency key of a write; the same key on a redelivery or a replay makes Qonto run the write once. */
    @Metadata(label = "producer", javaType = "String",
              description = "The idempotency key of a write Qonto wants idempotent. Set it to choose the key;"
                            + " otherwise the producer sets it before sending, so a redelivery or an SCA replay of"
                            + " the same exchange reuses it. Removed once the write succeeded.")
    public static final String IDEMPOTENCY_KEY = "CamelQontoIdempotencyKey";

    /** Whether a write was answered from the {@code writeRepository} instead of being sent again. */
    @Metadata(label = "producer", javaType = "Boolean",
              description = "true when a write was not sent because the writeRepository records that its"
                            + " idempotency key already succeeded: the body and headers are the recorded answer."
                            + " Removed after a write that was sent.")
    public static final String REPLAYED = "CamelQontoReplayed";

    /** The SCA session an exchange waits for; replaying the exchange with it completes the write once allowed. */
    @Metadata(label = "producer", javaType = "String",
              description = "The token of an SCA session. With scaMode=fail the producer sets it when Qonto asks for"
                            + " SCA; an exchange that carries it (and the same CamelQontoIdempotencyKey) replays the"
                            + " write once the session is allowed. Removed once the write succeeded.")
    public static final String SCA_SESSION_TOKEN = "CamelQontoScaSessionToken";

    /** The Verification of Payee proof a SEPA transfer carries. */
    @Metadata(label = "producer", javaType = "String",
              description = "The Verification of Payee proof token: set by verifyPayee, read by sepaTransfer create"
                            + " (which otherwise verifies the payee itself).")
    public static final String VOP_PROOF_TOKEN = "CamelQontoVopProofToken";

    /** The match result of a Verification of Payee. */
    @Metadata(label = "producer", javaType = "String",
              description = "verifyPayee: the match result, e.g. MATCH_RESULT_MATCH or MATCH_RESULT_CLOSE_MATCH.")
    public static final String MATCH_RESULT = "CamelQontoMatchResult";

    /** The number of items Qonto reports for a listing. */
    @Metadata(label = "producer", javaType = "Integer",
              description = "list: the number of items Qonto reports for the query, when it reports one.")
    public static final String TOTAL_COUNT = "CamelQontoTotalCount";

    /** The number of pages a listing fetched. */
    @Metadata(label = "producer", javaType = "Integer", description = "list: the number of pages fetched.")
    public static final String PAGES_FETCHED = "CamelQontoPagesFetched";

    /** Whether a listing stopped at {@code maxPages} while Qonto had more. */
    @Metadata(label = "producer", javaType = "Boolean",
              description = "list: true when the listing stopped at maxPages while Qonto had more pages.")
    public static final String TRUNCATED = "CamelQontoTruncated";

    private QontoConstants() {
    }

    /** Query parameters for one message, overriding the endpoint's. */
    @Metadata(label = "producer", javaType = "java.util.Map",
              description = "Query parameters for this message only, by Camel or Qonto name (status or status[]),"
                            + " overriding the endpoint's; checked like the URI's.")
    public static final String QUERY = "CamelQontoQuery";

    /** The beneficiaries to trust or untrust, a comma list of ids, overriding the {@code ids} option. */
    @Metadata(label = "producer", javaType = "String",
              description = "sepaBeneficiary untrust: the beneficiaries to untrust, a comma list of ids (else the"
                            + " body, else CamelQontoId).")
    public static final String IDS = "CamelQontoIds";

    /**
     * Qonto's JSON of a consumed item that cannot be read into its model, on the exchange handed to the error handler.
     */
    @Metadata(label = "consumer", javaType = "String",
              description = "An item that cannot be read into its model: Qonto's JSON of it, on the failed exchange"
                            + " handed to the error handler (a dead letter channel, with bridgeErrorHandler=true).")
    public static final String RAW_JSON = "CamelQontoRawJson";

    /** Whether an item of a collection consumed without a cursor is {@code new} or {@code changed}. */
    @Metadata(label = "consumer", javaType = "String",
              description = "On an item of a collection consumed without a cursor (cards, teams, memberships, ...):"
                            + " new when it was not delivered before, changed when it was, with other content.")
    public static final String CHANGE = "CamelQontoChange";

    /** The id of a webhook event, the same on each of Qonto's retries. */
    @Metadata(label = "consumer", javaType = "String",
              description = "Webhooks: the id of the event Qonto delivered, the same on each of its"
                            + " retries; absent on items the gap-fill poll found.")
    public static final String EVENT_ID = "CamelQontoEventId";

    /** The type of a webhook event, its topic, e.g. {@code v1/transactions}. */
    @Metadata(label = "consumer", javaType = "String",
              description = "Webhooks: the event's type, its topic, e.g. v1/transactions.")
    public static final String EVENT_TYPE = "CamelQontoEventType";

    /** The name of a webhook event, e.g. {@code created} or {@code updated}. */
    @Metadata(label = "consumer", javaType = "String",
              description = "Webhooks: the event's name, e.g. created or updated.")
    public static final String EVENT_NAME = "CamelQontoEventName";

    /** When a webhook event happened, as Qonto says. */
    @Metadata(label = "consumer", javaType = "java.time.Instant",
              description = "Webhooks: when the event happened, as Qonto says.")
    public static final String EVENT_CREATED_AT = "CamelQontoEventCreatedAt";

    /** The name Qonto stores an uploaded file under, overriding the {@code fileName} option. */
    @Metadata(label = "producer", javaType = "String",
              description = "Uploads (attachments, supplier invoices, insurance documents): the name Qonto stores the"
                            + " file under; overrides the fileName option and CamelFileName.")
    public static final String FILE_NAME = "CamelQontoFileName";

    /** The media type of an uploaded file, overriding the {@code contentType} option. */
    @Metadata(label = "producer", javaType = "String",
              description = "Uploads: the file's media type (application/pdf, image/jpeg, image/png); overrides the"
                            + " contentType option and Content-Type.")
    public static final String CONTENT_TYPE = "CamelQontoContentType";

    /** The attachment or insurance document to remove; {@link #ID} names the transaction or the contract. */
    @Metadata(label = "producer", javaType = "String",
              description = "transactionAttachment delete, insuranceContract removeDocument: the attachment or"
                            + " document removed (CamelQontoId names the transaction or the contract).")
    public static final String ATTACHMENT_ID = "CamelQontoAttachmentId";
}
