package io.camelqonto.client;

import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.BankAccount;
import io.camelqonto.model.Organization;
import io.camelqonto.model.PayeeVerification;
import io.camelqonto.model.ScaSession;
import io.camelqonto.model.SepaBeneficiary;
import io.camelqonto.model.SepaTransfer;
import io.camelqonto.model.Transaction;

/**
 * The catalog of Qonto operations: one row per endpoint, read by the client and by the Camel
 * component's resources, producers and consumers. Adding an endpoint means adding a row here, a
 * model, emulator support and a test.
 */
public enum QontoOperation {

    GET_ORGANIZATION("GET", "/v2/organization", null, "organization", Organization.class, Flags.NONE, "organization.read"),
    LIST_BANK_ACCOUNTS("GET", "/v2/bank_accounts", null, "bank_accounts", BankAccount.class, Flags.PAGED, "organization.read"),
    GET_BANK_ACCOUNT("GET", "/v2/bank_accounts/{id}", null, "bank_account", BankAccount.class, Flags.NONE, "organization.read"),

    LIST_TRANSACTIONS("GET", "/v2/transactions", null, "transactions", Transaction.class, Flags.PAGED, "organization.read"),
    GET_TRANSACTION("GET", "/v2/transactions/{id}", null, "transaction", Transaction.class, Flags.NONE, "organization.read"),

    LIST_REQUESTS("GET", "/v2/requests", null, "requests", ApprovalRequest.class, Flags.PAGED, "organization.read"),
    /** Path parameter {@code request_type} is the plural segment: transfers, multi_transfers, flash_cards, virtual_cards. */
    APPROVE_REQUEST("POST", "/v2/requests/{request_type}/{id}/approve", null, ResponseRoot.SINGLE_KEY,
            ApprovalRequest.class, Flags.IDEMPOTENT | Flags.SCA | Flags.OAUTH_ONLY, "request_review.write"),
    DECLINE_REQUEST("POST", "/v2/requests/{request_type}/{id}/decline", null, ResponseRoot.SINGLE_KEY,
            ApprovalRequest.class, Flags.IDEMPOTENT | Flags.OAUTH_ONLY, "request_review.write"),

    LIST_SEPA_TRANSFERS("GET", "/v2/sepa/transfers", null, "transfers", SepaTransfer.class, Flags.PAGED, "organization.read"),
    GET_SEPA_TRANSFER("GET", "/v2/sepa/transfers/{id}", null, "transfer", SepaTransfer.class, Flags.NONE, "organization.read"),
    /** Body: {@code {"vop_proof_token": ..., "transfer": {...}}}; the token is a top-level field of the call. */
    CREATE_SEPA_TRANSFER("POST", "/v2/sepa/transfers", "transfer", "transfer", SepaTransfer.class,
            Flags.IDEMPOTENT | Flags.SCA | Flags.OAUTH_ONLY, "payment.write"),
    CANCEL_SEPA_TRANSFER("POST", "/v2/sepa/transfers/{id}/cancel", null, ResponseRoot.NONE, Void.class,
            Flags.EMPTY_RESPONSE | Flags.OAUTH_ONLY, "payment.write"),
    DOWNLOAD_SEPA_TRANSFER_PROOF("POST", "/v2/sepa/transfers/{id}/download_proof", null, ResponseRoot.NONE, byte[].class,
            Flags.BINARY_RESPONSE | Flags.OAUTH_ONLY, "payment.write"),
    VERIFY_PAYEE("POST", "/v2/sepa/verify_payee", null, ResponseRoot.NONE, PayeeVerification.class, Flags.OAUTH_ONLY,
            "payment.write"),

    LIST_SEPA_BENEFICIARIES("GET", "/v2/sepa/beneficiaries", null, "beneficiaries", SepaBeneficiary.class, Flags.PAGED,
            "organization.read"),
    GET_SEPA_BENEFICIARY("GET", "/v2/sepa/beneficiaries/{id}", null, "beneficiary", SepaBeneficiary.class, Flags.NONE,
            "organization.read"),
    CREATE_SEPA_BENEFICIARY("POST", "/v2/sepa/beneficiaries", "beneficiary", "beneficiary", SepaBeneficiary.class,
            Flags.IDEMPOTENT | Flags.OAUTH_ONLY, "payment.write"),
    UPDATE_SEPA_BENEFICIARY("PATCH", "/v2/sepa/beneficiaries/{id}", "beneficiary", "beneficiary", SepaBeneficiary.class,
            Flags.SCA | Flags.OAUTH_ONLY, "payment.write"),
    /** Body: {@code {"ids": [...]}}; answers the untrusted beneficiaries. */
    UNTRUST_SEPA_BENEFICIARIES("PATCH", "/v2/sepa/beneficiaries/untrust", null, "beneficiaries", SepaBeneficiary.class,
            Flags.LIST_RESPONSE | Flags.OAUTH_ONLY, "payment.write"),

    GET_SCA_SESSION("GET", "/v2/sca_sessions/{token}", null, ResponseRoot.NONE, ScaSession.class, Flags.NONE, null),
    /** Sandbox only: decides a pending SCA session as if the user had approved it on the phone. */
    MOCK_SCA_ALLOW("POST", "/v2/mocked_sca_sessions/{token}/allow", null, ResponseRoot.NONE, Void.class, Flags.NONE, null);

    /** Special values of {@link #responseRoot()}. */
    public static final class ResponseRoot {
        /** The response is the object itself, or has no body. */
        public static final String NONE = null;
        /** The response has one top-level key whose name depends on the resource (e.g. {@code request_transfer}). */
        public static final String SINGLE_KEY = "*";

        private ResponseRoot() {
        }
    }

    static final class Flags {
        static final int NONE = 0;
        static final int PAGED = 1;
        static final int IDEMPOTENT = 1 << 1;
        static final int SCA = 1 << 2;
        static final int EMPTY_RESPONSE = 1 << 3;
        static final int BINARY_RESPONSE = 1 << 4;
        static final int LIST_RESPONSE = 1 << 5;
        static final int OAUTH_ONLY = 1 << 6;

        private Flags() {
        }
    }

    private final String method;
    private final String pathTemplate;
    private final String requestWrapper;
    private final String responseRoot;
    private final Class<?> resultType;
    private final int flags;
    private final String scope;

    QontoOperation(String method, String pathTemplate, String requestWrapper, String responseRoot, Class<?> resultType,
            int flags, String scope) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.requestWrapper = requestWrapper;
        this.responseRoot = responseRoot;
        this.resultType = resultType;
        this.flags = flags;
        this.scope = scope;
    }

    /** HTTP method: GET, POST, PATCH, PUT or DELETE. */
    public String method() {
        return method;
    }

    /** Path with {@code {name}} placeholders, e.g. {@code /v2/transactions/{id}}. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** Key the request body is wrapped in ({@code {"transfer": body}}), or null when sent as is. */
    public String requestWrapper() {
        return requestWrapper;
    }

    /** Top-level key holding the result, {@link ResponseRoot#SINGLE_KEY}, or null for a bare object. */
    public String responseRoot() {
        return responseRoot;
    }

    /** Model type of one result item. */
    public Class<?> resultType() {
        return resultType;
    }

    /** Whether the result is a collection walked with {@code page}/{@code per_page}. */
    public boolean paged() {
        return (flags & Flags.PAGED) != 0;
    }

    /** Whether the response is a list of items that does not page. */
    public boolean listResponse() {
        return (flags & Flags.LIST_RESPONSE) != 0;
    }

    /** Whether Qonto requires {@code X-Qonto-Idempotency-Key}; such calls are safe to retry with the same key. */
    public boolean idempotent() {
        return (flags & Flags.IDEMPOTENT) != 0;
    }

    /** Whether Qonto may answer 428 and ask for Strong Customer Authentication. */
    public boolean scaCapable() {
        return (flags & Flags.SCA) != 0;
    }

    /** Whether the success answer has no body (204). */
    public boolean emptyResponse() {
        return (flags & Flags.EMPTY_RESPONSE) != 0;
    }

    /** Whether the success answer is a file (PDF) rather than JSON. */
    public boolean binaryResponse() {
        return (flags & Flags.BINARY_RESPONSE) != 0;
    }

    /** Whether Qonto refuses API-key authentication here and wants OAuth. */
    public boolean oauthOnly() {
        return (flags & Flags.OAUTH_ONLY) != 0;
    }

    /** Whether a repeat of this call can do no harm: reads, and writes carrying an idempotency key. */
    public boolean safeToRetry() {
        return "GET".equals(method) || idempotent();
    }

    /** The OAuth scope Qonto checks, or null when any valid token will do. */
    public String scope() {
        return scope;
    }
}
