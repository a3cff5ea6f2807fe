package io.camelqonto.client;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One raw HTTP answer, whatever its status.
 *
 * @param headers header values by lower-case name
 * @param body    the whole body, empty when there was none
 */
record HttpResult(int status, Map<String, List<String>> headers, byte[] body) {

    static final String TRACE_ID_HEADER = "x-tyk-trace-id";

    HttpResult {
        headers = Map.copyOf(headers);
    }

    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    boolean hasBody() {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the answer is an HTML page: Qonto's sandbox answers its login page, with status 200,
     * when the staging token is missing. Some gateways send no content type, hence the look at the
     * first character too.
     */
    boolean isHtml() {
        String contentType = header("content-type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("text/html")) {
            return true;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '<';
            }
        }
        return false;
    }
}
