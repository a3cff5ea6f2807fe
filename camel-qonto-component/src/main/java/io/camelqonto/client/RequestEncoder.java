package io.camelqonto.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.hc.core5.http.ContentType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link QontoCall} into what goes on the wire: the URL, the JSON body (or the multipart form of an upload)
 * and the headers. A call encodes to the same bytes every time, so a retry and an SCA replay send exactly what the
 * first attempt sent; an upload's files are read again on each attempt, which only a file that can be read again
 * allows.
 */
final class RequestEncoder {

    static final String STAGING_TOKEN = "X-Qonto-Staging-Token";
    private static final String IDEMPOTENCY_KEY = "X-Qonto-Idempotency-Key";
    private static final String TWO_FACTOR_PREFERENCE = "X-Qonto-2fa-Preference";
    private static final String SCA_SESSION_TOKEN = "X-Qonto-Sca-Session-Token";
    private static final String MOCK_TWO_FACTOR = "mock";

    private final QontoClientConfig config;

    RequestEncoder(QontoClientConfig config) {
        this.config = config;
    }

    /**
     * The parts of a request that stay the same on every attempt.
     *
     * @param multipart the upload the body streams, or null for a JSON body
     * @param boundary  the upload's boundary, the same on every attempt
     */
    record EncodedCall(QontoCall call, URI uri, byte[] body, Map<String, String> headers, MultipartBody multipart,
            String boundary) {

        /** Whether another attempt can send the body again: an upload read from a stream is sent once. */
        boolean replayable() {
            return multipart == null || !multipart.spent();
        }
    }

    EncodedCall encode(QontoCall call) {
        if (call.body() instanceof MultipartBody multipart) {
            if (!call.topLevelFields().isEmpty()) {
                throw new IllegalArgumentException(call.operation() + ": an upload has no top-level JSON fields");
            }
            return new EncodedCall(call, uri(call), null, headers(call), multipart,
                    "qonto-" + UUID.randomUUID().toString().replace("-", ""));
        }
        return new EncodedCall(call, uri(call), body(call), headers(call), null, null);
    }

    /** The request of one attempt: the fixed parts plus the current credentials and SCA session. */
    HttpTransport.OutgoingRequest request(EncodedCall encoded, String authorization, String scaSessionToken) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization);
        headers.putAll(encoded.headers());
        if (scaSessionToken != null) {
            headers.put(SCA_SESSION_TOKEN, scaSessionToken);
        }
        if (encoded.multipart() != null) {
            return new HttpTransport.OutgoingRequest(encoded.call().operation().method(), encoded.uri(), headers,
                    null, null, () -> MultipartEntities.entity(encoded.multipart(), encoded.boundary()));
        }
        return new HttpTransport.OutgoingRequest(encoded.call().operation().method(), encoded.uri(), headers,
                encoded.body(), ContentType.APPLICATION_JSON);
    }

    private URI uri(QontoCall call) {
        String query = call.query().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(config.baseUrl() + call.path() + (query.isEmpty() ? "" : "?" + query));
    }

    private static String encode(String value) {
        // %20 rather than +: a plus sign is a space only in forms, not in every server's query parser
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Map<String, String> headers(QontoCall call) {
        QontoOperation operation = call.operation();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", operation.binaryResponse() ? "application/pdf" : "application/json");
        if (config.stagingToken() != null) {
            headers.put(STAGING_TOKEN, config.stagingToken());
        }
        if (call.idempotencyKey() != null) {
            headers.put(IDEMPOTENCY_KEY, call.idempotencyKey());
        }
        if (operation.scaCapable()) {
            String preference = config.scaMode() == ScaMode.MOCK ? MOCK_TWO_FACTOR : config.twoFactorPreference();
            if (preference != null) {
                headers.put(TWO_FACTOR_PREFERENCE, preference);
            }
        }
        return headers;
    }

    /**
     * The JSON body: the payload wrapped per the operation ({@code {"transfer": payload}}) with the
     * call's top-level fields beside it. A payload that already carries the wrapper key (JSON copied
     * from Qonto's documentation, say) is sent as it is rather than wrapped twice. Null when the call
     * has neither payload nor top-level fields.
     */
    private static byte[] body(QontoCall call) {
        if (call.body() == null && call.topLevelFields().isEmpty()) {
            return null;
        }
        ObjectMapper mapper = QontoJson.mapper();
        JsonNode payload = call.body() == null ? null : toTree(call.body());
        String wrapper = call.operation().requestWrapper();
        JsonNode document;
        if (payload == null) {
            document = mapper.createObjectNode();
        } else if (wrapper != null && !alreadyWrapped(payload, wrapper)) {
            document = mapper.createObjectNode().set(wrapper, payload);
        } else {
            document = payload;
        }
        if (!call.topLevelFields().isEmpty()) {
            if (!(document instanceof ObjectNode object)) {
                throw new IllegalArgumentException(call.operation() + ": top-level fields need a JSON object body");
            }
            call.topLevelFields().forEach((name, value) -> object.set(name, mapper.valueToTree(value)));
        }
        try {
            return mapper.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(call.operation() + ": body cannot be written as JSON", e);
        }
    }

    private static boolean alreadyWrapped(JsonNode payload, String wrapper) {
        return payload.isObject() && payload.path(wrapper).isObject();
    }

    private static JsonNode toTree(Object body) {
        if (body instanceof JsonNode node) {
            return node.deepCopy();
        }
        if (body instanceof String text) {
            try {
                return QontoJson.mapper().readTree(text);
            } catch (JsonProcessingException e) {
                // the parser's message quotes the input, which may hold IBANs and names: only the position is kept
                String where = e.getLocation() == null ? ""
                        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
                throw new IllegalArgumentException("Request body is not valid JSON" + where);
            }
        }
        return QontoJson.mapper().valueToTree(body);
    }
}
