package io.camelqonto.client;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelqonto.client.error.QontoStagingTokenException;

/** Reads a successful (2xx) answer into a {@link QontoResponse}. */
final class ResponseDecoder {

    private ResponseDecoder() {
    }

    /** A 2xx answer whose body is not what the operation promises; worth another attempt when safe. */
    static final class MalformedResponseException extends Exception {
        MalformedResponseException(String message) {
            super(message);
        }
    }

    /**
     * Checks that a successful answer has a body that may be JSON: not the sandbox's login page, not empty.
     *
     * @throws QontoStagingTokenException when it is an HTML page
     * @throws MalformedResponseException when it is empty
     */
    static void requireJsonBody(HttpResult result) throws MalformedResponseException {
        if (result.isHtml()) {
            throw new QontoStagingTokenException(result.status());
        }
        if (!result.hasBody()) {
            throw new MalformedResponseException("empty body where JSON was expected");
        }
    }

    static QontoResponse decode(QontoOperation operation, HttpResult result) throws MalformedResponseException {
        String traceId = result.header(HttpResult.TRACE_ID_HEADER);
        if (result.isHtml()) {
            throw new QontoStagingTokenException(result.status());
        }
        if (!result.hasBody()) {
            if (result.status() == 204 || operation.emptyResponse()) {
                return new QontoResponse(result.status(), result.headers(), null, traceId);
            }
            throw new MalformedResponseException("empty body where JSON was expected");
        }
        JsonNode json;
        try {
            json = QontoJson.mapper().readTree(result.body());
        } catch (IOException e) {
            if (operation.emptyResponse()) {
                // nothing was expected, so nothing is lost
                return new QontoResponse(result.status(), result.headers(), null, traceId);
            }
            // the parser's message quotes the body, which may hold personal data: it is not passed on
            throw new MalformedResponseException("body is not valid JSON");
        }
        if (traceId == null && json.hasNonNull("trace_id")) {
            traceId = json.get("trace_id").asText();
        }
        return new QontoResponse(result.status(), result.headers(), json, traceId);
    }

    /** The body as JSON, or null when it is empty or not JSON (error pages, gateways). */
    static JsonNode parseOrNull(byte[] body) {
        try {
            JsonNode node = QontoJson.mapper().readTree(body);
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException e) {
            return null;
        }
    }
}
