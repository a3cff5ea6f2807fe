package io.camelqonto.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small HTTP client for the tests: real calls, with default headers for the credentials. */
final class Http {

    static final Set<String> ALL_SCOPES = Set.of("organization.read", "payment.write", "request_review.write",
            "beneficiary.trust", "offline_access", "card.read", "card.write", "request_cards.write",
            "membership.read", "membership.write", "team.read", "team.write", "bank_account.write",
            "einvoicing.read");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final QontoEmulator emulator;
    private final Map<String, String> defaultHeaders;

    private Http(QontoEmulator emulator, Map<String, String> defaultHeaders) {
        this.emulator = emulator;
        this.defaultHeaders = defaultHeaders;
    }

    static Http anonymous(QontoEmulator emulator) {
        return new Http(emulator, Map.of());
    }

    static Http apiKey(QontoEmulator emulator) {
        return new Http(emulator, Map.of("Authorization", emulator.apiKeyAuthorization()));
    }

    static Http bearer(QontoEmulator emulator, String accessToken) {
        return new Http(emulator, Map.of("Authorization", "Bearer " + accessToken));
    }

    /** A bearer client with every scope the emulator checks. */
    static Http oauth(QontoEmulator emulator) {
        return bearer(emulator, emulator.oauth().issueTokens(ALL_SCOPES).accessToken());
    }

    Http with(String header, String value) {
        Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
        headers.put(header, value);
        return new Http(emulator, headers);
    }

    Reply get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, null, headers);
    }

    Reply post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    Reply put(String path, String json, String... headers) {
        return send("PUT", path, json, headers);
    }

    Reply patch(String path, String json, String... headers) {
        return send("PATCH", path, json, headers);
    }

    Reply delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    Reply form(String path, String form, String... headers) {
        return send("POST", path, form, concat(headers, "Content-Type", "application/x-www-form-urlencoded"));
    }

    Reply send(String method, String path, String body, String... headers) {
        return execute(request(method, path, body, headers));
    }

    /** Sends and expects the server to answer; a dropped connection surfaces as the IOException. */
    HttpResponse<String> sendRaw(String method, String path, String body, String... headers) throws IOException {
        try {
            return CLIENT.send(request(method, path, body, headers), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        defaultHeaders.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    private static Reply execute(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String[] concat(String[] headers, String name, String value) {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = name;
        all[headers.length + 1] = value;
        return all;
    }

    /** A response; header names are matched without regard to case. */
    record Reply(int status, Map<String, List<String>> headers, String body) {

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
