package io.camelqonto.client;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one HTTP request and reads the whole answer. Nothing more: HttpClient's retries, redirects
 * and cookies are switched off, because the client decides about retries itself, a redirect from
 * Qonto's sandbox means a missing staging token rather than a place to go, and an API client keeps
 * no session. Connections come from {@link QuietConnectionFactory}, so that no request header is
 * ever logged.
 */
final class HttpTransport implements AutoCloseable {

    private final CloseableHttpClient http;

    HttpTransport(QontoClientConfig config) {
        Timeout connectTimeout = Timeout.of(config.connectTimeout());
        Timeout responseTimeout = Timeout.of(config.responseTimeout());
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(QuietConnectionFactory.INSTANCE)
                .setMaxConnTotal(config.maxConnections())
                // all calls go to one or two hosts: each may use the whole pool
                .setMaxConnPerRoute(config.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connectTimeout)
                        .setSocketTimeout(responseTimeout)
                        .build())
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(responseTimeout)
                        // a free connection appears at the latest when a running call gets its answer
                        .setConnectionRequestTimeout(responseTimeout)
                        .setRedirectsEnabled(false)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent(config.userAgent())
                .build();
    }

    /** Sends the request; any HTTP status is an answer, only I/O failures throw. */
    HttpResult send(OutgoingRequest request) throws IOException {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(request.method()).setUri(request.uri());
        request.headers().forEach(builder::addHeader);
        if (request.body() != null) {
            builder.setEntity(new ByteArrayEntity(request.body(), request.contentType()));
        }
        return http.execute(builder.build(), HttpTransport::read);
    }

    private static HttpResult read(ClassicHttpResponse response) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(header.getValue());
        }
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? null : EntityUtils.toByteArray(entity);
        return new HttpResult(response.getCode(), headers, body == null ? new byte[0] : body);
    }

    /** Closes the client and with it the connection pool it owns. */
    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }

    /**
     * A request as it goes on the wire.
     *
     * @param headers header names and values, in order; never logged
     * @param body    the encoded body, or null for none
     */
    record OutgoingRequest(String method, URI uri, Map<String, String> headers, byte[] body, ContentType contentType) {
    }
}
