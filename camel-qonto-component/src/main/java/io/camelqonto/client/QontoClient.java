package io.camelqonto.client;

import java.time.Duration;
import java.time.Instant;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.camelqonto.client.auth.AuthorizationRequest;
import io.camelqonto.client.auth.OAuthTokens;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.client.error.QontoOAuthException;
import io.camelqonto.client.error.QontoPayeeVerificationException;
import io.camelqonto.client.error.QontoScaRequiredException;
import io.camelqonto.client.error.QontoTimeoutException;
import io.camelqonto.client.error.QontoTransportException;
import io.camelqonto.model.BeneficiaryPayment;
import io.camelqonto.model.FileLink;
import io.camelqonto.model.Iban;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.PageMeta;
import io.camelqonto.model.PayeeVerification;
import io.camelqonto.model.ScaSession;
import io.camelqonto.model.SepaBeneficiary;
import io.camelqonto.model.SepaTransfer;
import io.camelqonto.model.Validation;

/**
 * Client of the Qonto Business API v2. Thread-safe; create one per configuration and share it.
 * Every call goes through the same pipeline: rate limiter, authentication (API key, or OAuth with
 * proactive refresh), staging token, idempotency key, retries of calls that are safe to repeat, SCA
 * handling per {@link ScaMode}, and translation of Qonto's errors into typed exceptions of
 * {@link io.camelqonto.client.error}.
 * <p>
 * <b>Idempotency keys are the caller's choice.</b> Operations that Qonto wants idempotent
 * ({@link QontoOperation#idempotent()}) are refused with {@link IllegalArgumentException} when the
 * call carries no key. The client cannot pick one itself: a key it made up would die with the call,
 * and when the caller retries (after a crash, a timeout, a redelivery) a new key would create the
 * payment a second time. Choose the key once per business operation, keep it with that operation,
 * and pass the same one on every try.
 */
public final class QontoClient implements AutoCloseable {

    private static final String PROOF_FIELD = "vop_proof_token";

    private final QontoClientConfig config;
    private final HttpTransport transport;
    private final AuthorizationSource authorization;
    private final RetryExecutor executor;
    private final ScaHandler sca;
    private final PayeeProofs proofs;

    private QontoClient(QontoClientConfig config) {
        this.config = config;
        this.transport = new HttpTransport(config);
        this.authorization = AuthorizationSource.of(config, transport);
        this.executor = new RetryExecutor(config, transport, authorization, new RequestEncoder(config));
        this.sca = new ScaHandler(config, executor);
        // a proof handed to a transfer must outlive the transfer's call, and its wait for SCA when the client waits
        this.proofs = new PayeeProofs(config.scaMode() == ScaMode.WAIT
                ? config.callTimeout().plus(config.scaTimeout())
                : config.callTimeout(), System::nanoTime);
    }

    /**
     * A client with its own connection pool; close it when done.
     *
     * @param config credentials, environment, timeouts and retries
     * @return the client
     */
    public static QontoClient create(QontoClientConfig config) {
        return new QontoClient(Objects.requireNonNull(config, "config"));
    }

    /** {@return the settings the client was created with} */
    public QontoClientConfig config() {
        return config;
    }

    /**
     * Sends the call and returns Qonto's successful answer. Writes that Qonto wants idempotent carry
     * the call's idempotency key, which must be set; the same key goes out on every retry and on the
     * SCA replay.
     *
     * @param call the call
     * @return Qonto's answer
     * @throws IllegalArgumentException when the operation needs an idempotency key and the call has none
     */
    public QontoResponse execute(QontoCall call) {
        Objects.requireNonNull(call, "call");
        if (call.operation().binaryResponse()) {
            throw new IllegalArgumentException(call.operation() + " answers a file: read it with openFile");
        }
        requireIdempotencyKey(call.operation(), call.idempotencyKey());
        try {
            try {
                return executor.send(call, call.scaSessionToken());
            } catch (QontoScaRequiredException challenge) {
                return sca.complete(call, challenge);
            }
        } catch (QontoException refused) {
            if (call.topLevelFields().get(PROOF_FIELD) instanceof String token && refusesProof(refused)) {
                // a proof Qonto no longer takes must not be handed to the next transfer to the same payee
                proofs.forget(token);
            }
            throw refused;
        }
    }

    /** Whether Qonto's error is about the payee proof the call carried. */
    private static boolean refusesProof(QontoException error) {
        return error.errors().stream().anyMatch(e -> mentionsProof(e.code()) || mentionsProof(e.field())
                || mentionsProof(e.detail()));
    }

    private static boolean mentionsProof(String text) {
        return text != null && text.contains(PROOF_FIELD);
    }

    /**
     * Sends the call and maps the result under the operation's response root to {@code type}. Returns
     * null for an empty answer, and for an operation that answers a file the {@link QontoFile} of
     * {@link #openFile}.
     *
     * @param <T> the result type
     * @param call the call
     * @param type the result type, or null for the operation's model
     * @return the mapped answer
     */
    public <T> T call(QontoCall call, Class<T> type) {
        Class<T> target = typeOrDefault(call, type);
        if (call.operation().binaryResponse()) {
            return target.cast(openFile(call));
        }
        return ResultMapper.result(call.operation(), execute(call), target);
    }

    /**
     * Sends a call whose answer is a file (a transfer's proof, an IBAN certificate) and hands out the file as a stream
     * the caller reads and closes. The call goes through the same pipeline as any other (credentials, idempotency key,
     * retries, SCA) until Qonto answers with success; the body is then not read here, so a file of any size is never
     * held in memory, and is not fetched again once handed out.
     *
     * @param call the call, of an operation whose answer is a file
     * @return the file, a stream the caller reads and closes
     * @throws IllegalArgumentException when the operation does not answer a file, or needs an idempotency key the call
     *                                  lacks
     */
    public QontoFile openFile(QontoCall call) {
        Objects.requireNonNull(call, "call");
        if (!call.operation().binaryResponse()) {
            throw new IllegalArgumentException(call.operation() + " does not answer a file");
        }
        requireIdempotencyKey(call.operation(), call.idempotencyKey());
        HttpTransport.OpenedResponse response;
        try {
            response = executor.open(call, call.scaSessionToken());
        } catch (QontoScaRequiredException challenge) {
            response = sca.complete(call, challenge, executor::open);
        }
        return file(response, null, null);
    }

    /**
     * Sends a call whose answer is a plain list (e.g. untrusting beneficiaries).
     *
     * @param <T> the item type
     * @param call the call
     * @param type the item type, or null for the operation's model
     * @return the items
     */
    public <T> List<T> callForList(QontoCall call, Class<T> type) {
        QontoResponse response = execute(call);
        return ResultMapper.list(call.operation(), response, typeOrDefault(call, type));
    }

    /**
     * Fetches one page of a collection. The page size is the call's {@code per_page}, else the configured one.
     *
     * @param <T> the item type
     * @param call a call of a paged operation
     * @param page the page number, from 1
     * @param type the item type, or null for the operation's model
     * @return the page
     */
    public <T> QontoPage<T> page(QontoCall call, int page, Class<T> type) {
        return page(call, page, type, null, null);
    }

    /**
     * Like {@link #page(QontoCall, int, Class)}, and tells {@code onArrival} the page's {@link PageOutline} as soon as
     * its bytes arrived, before its items are decoded: enough to ask for the page after it while this one is decoded.
     * An answer that is sent again (a garbled one) arrives again.
     *
     * @param <T>          the item type
     * @param call         a call of a paged operation
     * @param page         the page number, from 1
     * @param type         the item type, or null for the operation's model
     * @param outlineField the items' timestamp field the outline reads the last value of
     * @param onArrival    told the outline, or null when the answer is not shaped as a page; called on the calling
     *                     thread, it must not throw
     * @return the page
     */
    public <T> QontoPage<T> page(QontoCall call, int page, Class<T> type, String outlineField,
            Consumer<PageOutline> onArrival) {
        requirePaged(call);
        String asked = queryValue(call, "per_page");
        int perPage = asked == null ? config.perPage() : Integer.parseInt(asked);
        QontoCall pageCall = call.withPage(page, perPage);
        Class<T> itemType = typeOrDefault(call, type);
        String root = call.operation().responseRoot();
        // read as it is parsed, item by item, without a tree of the page; a list is never subject to SCA
        QontoPage<T> answer = executor.send(pageCall, pageCall.scaSessionToken(), result -> {
            if (onArrival != null) {
                onArrival.accept(PageOutline.read(result.body(), root == null ? "" : root, outlineField, perPage));
            }
            return PageDecoder.decode(call.operation(), result, itemType);
        });
        return answer.meta() != null ? answer : withInferredMeta(answer, page, perPage);
    }

    /**
     * Some lists (bank accounts) page without a {@code meta} block: a full page may be followed by another, which only
     * asking tells. The last page being exactly full costs one request that answers an empty page.
     */
    private static <T> QontoPage<T> withInferredMeta(QontoPage<T> answer, int page, int perPage) {
        boolean full = answer.items().size() + answer.undecodable().size() >= perPage;
        PageMeta inferred = new PageMeta(page, full ? page + 1 : null, page > 1 ? page - 1 : null, null, null, perPage,
                null, Map.of());
        return new QontoPage<>(answer.items(), inferred, answer.undecodable());
    }

    /**
     * Walks a collection lazily, page after page, while Qonto announces a {@code next_page}, and at
     * most {@link QontoClientConfig#maxPages()} pages. Only one page is held in memory at a time.
     * Starts at the call's {@code page} parameter, else at page 1.
     *
     * @param <T> the item type
     * @param call a call of a paged operation
     * @param type the item type, or null for the operation's model
     * @return the pages, fetched as they are iterated
     */
    public <T> QontoPages<T> paginate(QontoCall call, Class<T> type) {
        return paginate(call, type, config.maxPages());
    }

    /**
     * Like {@link #paginate(QontoCall, Class)}, with a page cap of its own for this walk.
     *
     * @param <T> the item type
     * @param call a call of a paged operation
     * @param type the item type, or null for the operation's model
     * @param maxPages the most pages fetched, at least 1
     * @return the pages, fetched as they are iterated
     */
    public <T> QontoPages<T> paginate(QontoCall call, Class<T> type, int maxPages) {
        requirePaged(call);
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1 (got " + maxPages + ")");
        }
        Class<T> itemType = typeOrDefault(call, type);
        String firstPage = queryValue(call, "page");
        return new PagedIterator<>(page -> page(call, page, itemType),
                firstPage == null ? 1 : Integer.parseInt(firstPage), maxPages);
    }

    /**
     * Verification of Payee: checks that the name matches the account holder of the IBAN.
     *
     * @param iban the payee's IBAN
     * @param beneficiaryName the name the payer knows the payee by
     * @return the match result and the proof token a transfer to this payee carries
     * @throws io.camelqonto.model.InvalidInputException when the IBAN or the name is invalid; nothing is sent then
     */
    public PayeeVerification verifyPayee(String iban, String beneficiaryName) {
        String normalized = Iban.normalize(iban);
        Validation.of("payee verification")
                .required("iban", normalized)
                .iban("iban", normalized)
                .required("beneficiary_name", beneficiaryName)
                .maxLength("beneficiary_name", beneficiaryName, 140)
                .throwIfInvalid();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("iban", normalized);
        body.put("beneficiary_name", beneficiaryName);
        return call(QontoCall.of(QontoOperation.VERIFY_PAYEE).body(body).build(), PayeeVerification.class);
    }

    /**
     * Creates a SEPA transfer. The input is validated first (nothing is sent when it is invalid).
     * Without a proof token, Verification of Payee runs first and the transfer is created only when
     * the match result is one of {@code acceptedMatchResults}. With {@link ScaMode#FAIL}, take the proof
     * from {@link #payeeProofToken} and pass it here: a transfer resumed after SCA must carry the same
     * proof, and one verified inside this call is not handed back.
     *
     * @param transfer             the transfer
     * @param vopProofToken        proof of an earlier Verification of Payee of this beneficiary, or null to verify now
     * @param idempotencyKey       the caller's key for this transfer, required (see the class comment)
     * @param acceptedMatchResults match results that let the transfer go; null or empty accepts only
     *                             {@link PayeeVerification#MATCH}
     * @return the created transfer
     * @throws io.camelqonto.model.InvalidInputException when the transfer is invalid
     * @throws QontoPayeeVerificationException           when the payee verification is not accepted
     * @throws IllegalArgumentException                  when the idempotency key is missing
     */
    public SepaTransfer createSepaTransfer(NewSepaTransfer transfer, String vopProofToken, String idempotencyKey,
            Set<String> acceptedMatchResults) {
        Objects.requireNonNull(transfer, "transfer");
        transfer.validate();
        requireIdempotencyKey(QontoOperation.CREATE_SEPA_TRANSFER, idempotencyKey);
        String proofToken = vopProofToken != null ? vopProofToken : payeeProofToken(transfer, acceptedMatchResults);
        QontoCall call = QontoCall.of(QontoOperation.CREATE_SEPA_TRANSFER)
                .body(transfer)
                .topLevelField(PROOF_FIELD, proofToken)
                .idempotencyKey(idempotencyKey)
                .build();
        return call(call, SepaTransfer.class);
    }

    /**
     * Runs the Verification of Payee a transfer needs and returns its proof token. Callers that may have to resume
     * the transfer after SCA keep this token: the replay must carry the original proof, not a new one. The proof of an
     * earlier verification of the same IBAN and name is used again while Qonto still takes it (23 hours, less the time
     * a transfer may take), so transfers to one payee verify it once; a proof Qonto refuses is not used again.
     *
     * @param transfer             a validated payment (a SEPA or recurring transfer); with a {@code beneficiaryId} the
     *                             beneficiary is looked up first
     * @param acceptedMatchResults match results that let the transfer go; null or empty accepts only
     *                             {@link PayeeVerification#MATCH}
     * @return the proof token
     * @throws QontoPayeeVerificationException when the match result is not accepted
     */
    public String payeeProofToken(BeneficiaryPayment transfer, Set<String> acceptedMatchResults) {
        if (transfer.beneficiary() != null) {
            return payeeProofToken(transfer.beneficiary().iban(), transfer.beneficiary().name(), acceptedMatchResults);
        }
        SepaBeneficiary beneficiary = call(QontoCall.of(QontoOperation.GET_SEPA_BENEFICIARY)
                .pathParam("id", transfer.beneficiaryId()).build(), SepaBeneficiary.class);
        return payeeProofToken(beneficiary.iban(), beneficiary.name(), acceptedMatchResults);
    }

    /**
     * Runs the Verification of Payee of one payee and returns its proof token.
     *
     * @param iban                 the payee's IBAN
     * @param name                 the name the transfer gives the payee
     * @param acceptedMatchResults match results that let the transfer go; null or empty accepts only
     *                             {@link PayeeVerification#MATCH}
     * @return the proof token the transfer to that payee carries
     * @throws QontoPayeeVerificationException when the match result is not accepted
     */
    public String payeeProofToken(String iban, String name, Set<String> acceptedMatchResults) {
        PayeeVerification verification = proofs.usable(iban, name);
        if (verification == null) {
            long asked = proofs.now();
            verification = verifyPayee(iban, name);
            proofs.keep(iban, name, verification, asked);
        }
        Set<String> accepted = accepted(acceptedMatchResults);
        if (!accepted.contains(verification.matchResult())) {
            throw new QontoPayeeVerificationException("Verification of Payee answered " + verification.matchResult()
                    + ", accepted are " + accepted + ": no transfer was created", verification.matchResult(),
                    verification.matchedName());
        }
        if (verification.proofToken() == null) {
            throw new QontoPayeeVerificationException("Verification of Payee answered without a proof token:"
                    + " no transfer was created", verification.matchResult(), verification.matchedName());
        }
        return verification.proofToken();
    }

    /**
     * The match results that let a transfer go.
     *
     * @param acceptedMatchResults the match results a route accepts, or null
     * @return those given, else only {@link PayeeVerification#MATCH}
     */
    public static Set<String> accepted(Set<String> acceptedMatchResults) {
        return acceptedMatchResults == null || acceptedMatchResults.isEmpty()
                ? Set.of(PayeeVerification.MATCH)
                : acceptedMatchResults;
    }

    /**
     * Fetches the file behind a resource's pre-signed link (a statement's PDF), as a stream the caller closes. The link
     * grants access by itself: it is sent without the {@code Authorization} header (the staging token still goes
     * along, the sandbox keeps files behind it) and never logged. One attempt, as a stream cannot be replayed.
     *
     * @param link the resource holding the link, e.g. a statement
     * @return the file, a stream the caller reads and closes
     * @throws io.camelqonto.model.InvalidInputException when the resource has no link, or one that is not http(s)
     * @throws QontoException                           when the link answers other than 200
     */
    public QontoFile download(FileLink link) {
        String url = link.fileUrl();
        if (url == null || url.isBlank()) {
            throw new io.camelqonto.model.InvalidInputException("Qonto file", "file_url", "Qonto sent no link");
        }
        java.net.URI uri = ServerUrls.checkFileLink("Qonto file", "file_url", url, config.allowInsecureHttp());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "*/*");
        if (config.stagingToken() != null) {
            headers.put(RequestEncoder.STAGING_TOKEN, config.stagingToken());
        }
        HttpTransport.OpenedResponse response;
        try {
            response = transport.open(uri, headers, Deadline.after(config.callTimeout()));
        } catch (HttpTransport.DeadlineExceededException e) {
            throw new QontoTimeoutException("Qonto's file link did not answer within callTimeout", e);
        } catch (java.io.IOException e) {
            throw new QontoTransportException("Cannot fetch a file from Qonto: " + e.getClass().getSimpleName(), e);
        }
        if (response.status() != 200) {
            closeQuietly(response.body());
            throw new QontoException("Qonto's file link answered HTTP " + response.status(), response.status(),
                    List.of(), null);
        }
        return file(response, link.fileContentType(), link.fileName());
    }

    /** The file of an opened answer: its type and name as the answer gives them, else the fallbacks. */
    private static QontoFile file(HttpTransport.OpenedResponse response, String fallbackType, String fallbackName) {
        String contentType = first(response.headers(), "content-type");
        String fileName = ContentDisposition.fileName(first(response.headers(), "content-disposition"));
        return new QontoFile(response.body(), contentType != null ? contentType : fallbackType,
                fileName != null ? fileName : fallbackName, response.length());
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void closeQuietly(java.io.InputStream body) {
        try {
            body.close();
        } catch (java.io.IOException ignored) {
            // the answer is refused anyway; a connection that does not close cleanly is discarded by the pool
        }
    }

    /**
     * Checks that Qonto can be reached and accepts this client's credentials, at the price of one request: a
     * {@code GET /v2/organization} sent once, without the retries of the retry policy, and failing at once while
     * Qonto has asked every caller to wait. With OAuth an expired access token is refreshed first, as for any call,
     * and a 401 leads to one refresh and one more try. Needs the {@code organization.read} scope: a 403 proves the
     * credentials were accepted all the same.
     *
     * @param timeout the longest the check may take, never more than {@code callTimeout}
     * @throws QontoException the typed error of Qonto's answer, or of its absence
     */
    public void ping(Duration timeout) {
        Duration limit = timeout.compareTo(config.callTimeout()) < 0 ? timeout : config.callTimeout();
        executor.send(QontoCall.of(QontoOperation.GET_ORGANIZATION).build(), null, RetryPolicy.NONE, limit);
    }

    /**
     * {@return when the OAuth access token in use expires} Empty with an API key, before the client has fetched or
     * loaded a token, and when Qonto did not say. The token itself is never handed out.
     */
    public Optional<Instant> accessTokenExpiresAt() {
        return Optional.ofNullable(authorization.expiresAt());
    }

    /**
     * Ends an OAuth login: checks that Qonto's redirect answers this very request (its {@code state}), exchanges the
     * code for the first tokens with the request's PKCE verifier, and saves them to the credentials' {@code TokenStore}
     * before returning, so that every client sharing the store uses them from now on. A code is valid 10 minutes and
     * once.
     *
     * @param request       the login request the user's browser was sent with
     * @param code          the {@code code} of Qonto's redirect
     * @param returnedState the {@code state} of Qonto's redirect
     * @return the tokens saved
     * @throws QontoOAuthException     when the state is not the request's (nothing is sent then), or Qonto refuses
     *                                 the code
     * @throws IllegalStateException   when the client is not configured with OAuth credentials
     */
    public OAuthTokens completeAuthorization(AuthorizationRequest request, String code, String returnedState) {
        Objects.requireNonNull(request, "request");
        if (!(authorization instanceof OAuthTokenManager tokens)) {
            throw new IllegalStateException("Completing an OAuth login needs a client configured with OAuthCredentials");
        }
        if (!request.isAnsweredBy(returnedState)) {
            throw new QontoOAuthException("The redirect's state is not the one of this login: it may be forged, no"
                    + " code was exchanged", 0, null);
        }
        if (code == null || code.isBlank()) {
            throw new QontoOAuthException("The redirect carries no code: no code was exchanged", 0, null);
        }
        return tokens.exchange(code, request.redirectUri(), request.codeVerifier());
    }

    /**
     * Ends an OAuth login from the URL Qonto redirected the browser to, taking its {@code code} and {@code state}
     * (see {@link #completeAuthorization(AuthorizationRequest, String, String)}).
     *
     * @param request  the login request the user's browser was sent with
     * @param redirect the URL Qonto redirected the browser to
     * @return the tokens Qonto granted
     * @throws QontoOAuthException when the redirect carries an error (the user refused, say), or as the other form
     */
    public OAuthTokens completeAuthorization(AuthorizationRequest request, URI redirect) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = Objects.requireNonNull(redirect, "redirect").getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            query.putIfAbsent(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1),
                    StandardCharsets.UTF_8));
        }
        if (query.containsKey("error")) {
            throw new QontoOAuthException("Qonto's login did not grant access" + (query.get("error_description") == null
                    ? "" : ": " + query.get("error_description")), 0, query.get("error"));
        }
        return completeAuthorization(request, query.get("code"), query.get("state"));
    }

    /**
     * Reads an SCA session, to learn whether the user decided.
     *
     * @param token the session token Qonto sent with its 428
     * @return the session
     */
    public ScaSession scaSession(String token) {
        return call(QontoCall.of(QontoOperation.GET_SCA_SESSION).pathParam("sca_session_token", token).build(), ScaSession.class);
    }

    /** Closes the connection pool; the client cannot be used afterwards. */
    @Override
    public void close() {
        transport.close();
    }

    private static void requireIdempotencyKey(QontoOperation operation, String key) {
        if (operation.idempotent() && (key == null || key.isBlank())) {
            throw new IllegalArgumentException(operation + " needs an idempotency key: choose one per business"
                    + " operation and reuse it on every try, so that a retry never executes it twice");
        }
    }

    private static void requirePaged(QontoCall call) {
        if (!call.operation().paged()) {
            throw new IllegalArgumentException(call.operation() + " is not a paged collection");
        }
    }

    private static String queryValue(QontoCall call, String name) {
        return call.query().stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> typeOrDefault(QontoCall call, Class<T> type) {
        return type != null ? type : (Class<T>) call.operation().resultType();
    }
}
