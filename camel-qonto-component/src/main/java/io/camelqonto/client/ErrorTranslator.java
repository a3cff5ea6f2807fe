package io.camelqonto.client;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelqonto.client.error.QontoAuthenticationException;
import io.camelqonto.client.error.QontoConflictException;
import io.camelqonto.client.error.QontoError;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.client.error.QontoNotFoundException;
import io.camelqonto.client.error.QontoPermissionException;
import io.camelqonto.client.error.QontoRateLimitException;
import io.camelqonto.client.error.QontoResponseTooLargeException;
import io.camelqonto.client.error.QontoScaNotEnrolledException;
import io.camelqonto.client.error.QontoScaRequiredException;
import io.camelqonto.client.error.QontoServerException;
import io.camelqonto.client.error.QontoStagingTokenException;
import io.camelqonto.client.error.QontoTimeoutException;
import io.camelqonto.client.error.QontoTransportException;
import io.camelqonto.client.error.QontoValidationException;

/**
 * Turns an error answer of Qonto into the matching typed exception. Qonto's error bodies come in
 * several shapes, all understood here: JSON:API-like {@code {"errors": [{code, detail, source}]}},
 * the same with {@code errors} as a single object, the flat {@code {code, message}} of SCA answers,
 * and OAuth's {@code {error, error_description}}. Messages name the operation by its path template,
 * so no identifier or personal data ends up in them.
 */
final class ErrorTranslator {

    private static final String SCA_NOT_ENROLLED = "sca_not_enrolled";

    private ErrorTranslator() {
    }

    static QontoException translate(QontoCall call, HttpResult result) {
        int status = result.status();
        if (isSandboxLogin(result)) {
            return new QontoStagingTokenException(status);
        }
        JsonNode json = ResponseDecoder.parseOrNull(result.body());
        List<QontoError> errors = errors(json);
        String traceId = traceId(result, json);
        String what = call.operation().method() + " " + call.operation().pathTemplate();
        return switch (status) {
            case 400, 422 -> new QontoValidationException("Qonto rejected the input of " + what, status, errors, traceId);
            case 401 -> new QontoAuthenticationException("Qonto refused the credentials for " + what, status, errors,
                    traceId);
            case 403 -> new QontoPermissionException("Not allowed to " + what + scopeHint(call.operation()), status, errors,
                    traceId);
            case 404 -> new QontoNotFoundException("Not found: " + what, status, errors, traceId);
            case 409, 412 -> new QontoConflictException("Conflict on " + what, status, errors, traceId);
            case 428 -> sca(call, json, errors, traceId, what);
            case 429 -> new QontoRateLimitException("Rate limit of Qonto exceeded on " + what, errors, traceId,
                    Backoff.retryAfter(result.header("retry-after")));
            default -> status >= 500
                    ? new QontoServerException("Qonto failed on " + what, status, errors, traceId)
                    : new QontoException(unexpected(result, what), status, errors, traceId);
        };
    }

    /**
     * Whether this is the sandbox's single sign-on instead of an API answer: an HTML page, or a
     * redirect to the login, which is what the sandbox sends without a valid staging token. An HTML
     * page with another error status (a proxy's 502 page, a wrong base URL's 404 page) is not taken
     * for it: there the status tells more than the page.
     */
    static boolean isSandboxLogin(HttpResult result) {
        int status = result.status();
        String location = result.header("location");
        boolean redirect = status >= 300 && status < 400;
        return result.isHtml() && (redirect || status == 401 || status == 403)
                || redirect && location != null && location.toLowerCase(Locale.ROOT).contains("login");
    }

    private static String scopeHint(QontoOperation operation) {
        return operation.scope() == null ? "" : " (needs OAuth scope " + operation.scope() + ")";
    }

    private static String unexpected(HttpResult result, String what) {
        if (result.status() >= 300 && result.status() < 400) {
            // redirects are not followed: an API call has nowhere else to go
            return "Unexpected redirect for " + what;
        }
        return "Unexpected answer to " + what;
    }

    private static QontoException sca(QontoCall call, JsonNode json, List<QontoError> errors, String traceId,
            String what) {
        boolean notEnrolled = errors.stream().anyMatch(e -> SCA_NOT_ENROLLED.equals(e.code()));
        if (notEnrolled) {
            return new QontoScaNotEnrolledException("SCA is not enabled for this user, " + what
                    + " cannot be authorised (in the sandbox use the mock SCA mode)", errors, traceId);
        }
        String token = json == null ? null : json.path("sca_session_token").asText(null);
        String actionType = json == null ? null : json.path("action_type").asText(null);
        return new QontoScaRequiredException("Strong Customer Authentication required for " + what, errors, traceId,
                token, actionType, call.idempotencyKey());
    }

    /** The error entries of a body, in whichever shape Qonto sent them; empty when there are none. */
    static List<QontoError> errors(JsonNode json) {
        List<QontoError> errors = new ArrayList<>();
        if (json == null || !json.isObject()) {
            return errors;
        }
        JsonNode list = json.get("errors");
        if (list != null && list.isArray()) {
            list.forEach(entry -> errors.add(entry(entry)));
        } else if (list != null && list.isObject()) {
            errors.add(entry(list));
        } else if (json.hasNonNull("error")) {
            errors.add(new QontoError(json.get("error").asText(), text(json, "error_description"), null, null));
        } else if (json.hasNonNull("code") || json.hasNonNull("message")) {
            errors.add(entry(json));
        }
        return errors;
    }

    private static QontoError entry(JsonNode entry) {
        if (!entry.isObject()) {
            return new QontoError(null, entry.asText(), null, null);
        }
        String detail = text(entry, "detail");
        if (detail == null) {
            detail = text(entry, "message");
        }
        if (detail == null) {
            detail = text(entry, "title");
        }
        JsonNode source = entry.path("source");
        return new QontoError(text(entry, "code"), detail, text(source, "pointer"), text(source, "parameter"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Qonto's trace id: the gateway header, else the body's {@code trace_id}. */
    static String traceId(HttpResult result, JsonNode json) {
        String header = result.header(HttpResult.TRACE_ID_HEADER);
        if (header != null) {
            return header;
        }
        return json == null || !json.isObject() ? null : text(json, "trace_id");
    }

    /**
     * Qonto asked to stay away longer than the retry policy is willing to wait. A 503 with
     * {@code Retry-After} is the same signal as a 429 ("come back later"), hence one exception type
     * for both, carrying the real status.
     */
    static QontoRateLimitException retryAfterTooLong(QontoCall call, HttpResult result, Duration retryAfter) {
        JsonNode json = ResponseDecoder.parseOrNull(result.body());
        return new QontoRateLimitException("Qonto asked to retry " + call.operation().method() + " "
                + call.operation().pathTemplate() + " after " + retryAfter.toSeconds()
                + " s, longer than the retry policy waits", result.status(), errors(json), traceId(result, json), retryAfter);
    }

    /**
     * The typed exception of an exchange that brought no usable answer: the deadline passed, the body was too large, or
     * the connection failed.
     *
     * @param what     the call, as named in messages
     * @param attempts attempts made so far
     */
    static QontoTransportException transportFailure(String what, int attempts, Deadline deadline, IOException e) {
        if (e instanceof HttpTransport.DeadlineExceededException) {
            return new QontoTimeoutException(what + " did not complete within callTimeout (" + deadline.timeout().toMillis()
                    + " ms, " + attempts + " attempt(s))", e);
        }
        if (e instanceof HttpTransport.ResponseTooLargeException tooLarge) {
            return new QontoResponseTooLargeException(what + " was answered with a body larger than maxResponseSize ("
                    + tooLarge.limit() + " bytes); it was not read further", tooLarge.status(), tooLarge.limit(), e);
        }
        return new QontoTransportException(what + " failed after " + attempts + " attempt(s): " + e, e);
    }

    /** A 429 or 503 may say how long to stay away. */
    static Duration retryAfter(HttpResult result) {
        return result.status() == 429 || result.status() == 503 ? Backoff.retryAfter(result.header("retry-after")) : null;
    }
}
