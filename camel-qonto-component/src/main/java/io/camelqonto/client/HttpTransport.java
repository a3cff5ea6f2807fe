package io.camelqonto.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one HTTP request and reads the answer. Nothing more: HttpClient's retries, redirects and cookies are switched
 * off, because the client decides about retries itself, a redirect from Qonto's sandbox means a missing staging token
 * rather than a place to go, and an API client keeps no session. Connections come from {@link QuietConnectionFactory},
 * so that no request header is ever logged.
 * <p>
 * Three limits apply to every exchange:
 * <ul>
 * <li>the rate limiter's permit is taken once the request holds its connection, right before it leaves, so waiting
 * for a pooled connection cannot bunch requests that were paced apart;</li>
 * <li>the exchange is aborted, and its connection closed, when the call's deadline passes, whatever stage it is at: a
 * body trickled byte by byte cannot keep a caller past it;</li>
 * <li>a body is read no further than {@code maxResponseSize}; beyond it the connection is closed rather than drained.
 * </li>
 * </ul>
 */
final class HttpTransport implements AutoCloseable {

    private final CloseableHttpClient http;
    private final long maxResponseSize;
    private final ScheduledThreadPoolExecutor deadlines;

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
                // "last" places it right before the request is written, after the connection is leased
                .addExecInterceptorLast("qonto-rate-limit", permitWhenLeaving(config.rateLimiter(), config.events()))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent(config.userAgent())
                .build();
        this.maxResponseSize = config.maxResponseSize();
        this.deadlines = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "qonto-call-deadline");
            thread.setDaemon(true);
            return thread;
        });
        this.deadlines.setRemoveOnCancelPolicy(true);
    }

    /**
     * Sends the request; any HTTP status is an answer. Throws {@link DeadlineExceededException} when the deadline
     * passes first, {@link ResponseTooLargeException} for a body beyond the limit, other I/O failures as they come.
     */
    HttpResult send(OutgoingRequest request, Deadline deadline) throws IOException {
        if (deadlines.isShutdown()) {
            throw new IllegalStateException("The Qonto client is closed");
        }
        long remaining = deadline.remainingNanos();
        if (remaining <= 0) {
            throw new DeadlineExceededException(null);
        }
        HttpUriRequestBase exchange = exchange(request);
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> abort = deadlines.schedule(() -> {
            expired.set(true);
            exchange.cancel();
        }, remaining, TimeUnit.NANOSECONDS);
        try {
            return http.execute(exchange, response -> read(response, exchange));
        } catch (IOException | RuntimeException e) {
            // an aborted exchange fails in whatever way the stage it was at fails
            if (expired.get()) {
                throw new DeadlineExceededException(e);
            }
            if (e instanceof CancellationException) {
                // how the connection pool gives up a lease when the caller is interrupted
                InterruptedIOException interrupted = new InterruptedIOException("Interrupted while waiting for a"
                        + " connection");
                interrupted.initCause(e);
                throw interrupted;
            }
            throw e;
        } finally {
            abort.cancel(false);
        }
    }

    /**
     * Opens a GET whose body the caller reads and closes, for files: the deadline covers the wait for the answer's
     * head, not the reading of a body the route may stream for as long as it takes.
     */
    OpenedResponse open(URI uri, Map<String, String> headers, Deadline deadline) throws IOException {
        return open(new OutgoingRequest("GET", uri, headers, null, null), deadline);
    }

    /** Sends the request and opens its answer, as {@link #open(URI, Map, Deadline)} does for a GET. */
    OpenedResponse open(OutgoingRequest request, Deadline deadline) throws IOException {
        if (deadlines.isShutdown()) {
            throw new IllegalStateException("The Qonto client is closed");
        }
        HttpUriRequestBase exchange = exchange(request);
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> abort = deadlines.schedule(() -> {
            expired.set(true);
            exchange.cancel();
        }, Math.max(1, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
        ClassicHttpResponse response;
        try {
            response = http.executeOpen(null, exchange, null);
        } catch (IOException | RuntimeException e) {
            if (expired.get()) {
                throw new DeadlineExceededException(e);
            }
            throw e;
        } finally {
            abort.cancel(false);
        }
        Map<String, List<String>> head = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            head.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(header.getValue());
        }
        HttpEntity entity = response.getEntity();
        InputStream body = entity == null ? InputStream.nullInputStream() : entity.getContent();
        return new OpenedResponse(response.getCode(), head, entity == null ? 0 : entity.getContentLength(),
                new FilterInputStream(body) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            response.close();
                        }
                    }
                });
    }

    private static HttpUriRequestBase exchange(OutgoingRequest request) {
        HttpUriRequestBase exchange = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().forEach(exchange::addHeader);
        if (request.entity() != null) {
            exchange.setEntity(request.entity().get());
        } else if (request.body() != null) {
            exchange.setEntity(new ByteArrayEntity(request.body(), request.contentType()));
        }
        return exchange;
    }

    /**
     * Reads the whole body of an opened answer, as {@link #send} would have, and releases its connection: for an
     * answer that turned out not to be the file (an error, say).
     */
    HttpResult readFully(OpenedResponse response) throws IOException {
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes((int) Math.min(maxResponseSize + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxResponseSize) {
                throw new ResponseTooLargeException(response.status(), maxResponseSize);
            }
            return new HttpResult(response.status(), response.headers(), bytes);
        }
    }

    /**
     * An answer whose body is still on the wire.
     *
     * @param headers header names in lower case, with their values
     * @param length  the declared body length, or -1
     * @param body    the body; closing it releases the connection
     */
    record OpenedResponse(int status, Map<String, List<String>> headers, long length, InputStream body) {
    }

    private HttpResult read(ClassicHttpResponse response, Cancellable exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(header.getValue());
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return new HttpResult(response.getCode(), headers, new byte[0]);
        }
        try (InputStream body = bounded(entity, response.getCode(), exchange)) {
            long declared = entity.getContentLength();
            if (declared < 0) {
                return new HttpResult(response.getCode(), headers, body.readAllBytes());
            }
            // a declared length gives the array its size at once: the body is copied once, not gathered in chunks
            byte[] read = new byte[(int) declared];
            int length = body.readNBytes(read, 0, read.length);
            // a body cut short is handed on as it came: reading it tells that it is broken
            return new HttpResult(response.getCode(), headers,
                    length == read.length ? read : Arrays.copyOf(read, length));
        }
    }

    /**
     * The body as a stream that ends the exchange once it goes beyond {@code maxResponseSize}. A declared length
     * beyond it fails before a byte is read.
     */
    private InputStream bounded(HttpEntity entity, int status, Cancellable exchange) throws IOException {
        if (entity.getContentLength() > maxResponseSize) {
            exchange.cancel();
            throw new ResponseTooLargeException(status, maxResponseSize);
        }
        return new BoundedInputStream(entity.getContent(), maxResponseSize, status, exchange);
    }

    /**
     * Waits for the rate limiter's permit, and reports how long; placed in the chain where the request already holds
     * its connection.
     */
    private static ExecChainHandler permitWhenLeaving(RateLimiter limiter, QontoClientListener events) {
        return (request, scope, chain) -> {
            try {
                long start = System.nanoTime();
                limiter.acquire();
                events.rateLimitWaited(Duration.ofNanos(System.nanoTime() - start), false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                InterruptedIOException interrupted = new InterruptedIOException("Interrupted while waiting for the"
                        + " rate limiter");
                interrupted.initCause(e);
                throw interrupted;
            }
            if (scope.execRuntime.isExecutionAborted()) {
                // the deadline passed while this request waited for its permit: it must not leave
                throw new InterruptedIOException("Request aborted before it was sent");
            }
            return chain.proceed(request, scope);
        };
    }

    /** Closes the client and with it the connection pool it owns. */
    @Override
    public void close() {
        deadlines.shutdownNow();
        http.close(CloseMode.GRACEFUL);
    }

    /**
     * A request as it goes on the wire.
     *
     * @param headers header names and values, in order; never logged
     * @param body    the encoded body, or null for none
     * @param entity  makes a streamed body (an upload) for one attempt, or null when the body is {@code body}
     */
    record OutgoingRequest(String method, URI uri, Map<String, String> headers, byte[] body, ContentType contentType,
            Supplier<HttpEntity> entity) {

        OutgoingRequest(String method, URI uri, Map<String, String> headers, byte[] body, ContentType contentType) {
            this(method, uri, headers, body, contentType, null);
        }
    }

    /** The call's deadline passed before the whole answer was read. */
    static final class DeadlineExceededException extends IOException {
        DeadlineExceededException(Throwable cause) {
            super("deadline passed", cause);
        }
    }

    /** The answer's body goes beyond {@code maxResponseSize}; it was not read further. */
    static final class ResponseTooLargeException extends IOException {
        private final int status;
        private final long limit;

        ResponseTooLargeException(int status, long limit) {
            super("response body larger than " + limit + " bytes");
            this.status = status;
            this.limit = limit;
        }

        int status() {
            return status;
        }

        long limit() {
            return limit;
        }
    }

    /** Counts what is read and aborts the exchange at the first byte beyond the limit. */
    private static final class BoundedInputStream extends FilterInputStream {
        private final long limit;
        private final int status;
        private final Cancellable exchange;
        private long count;

        BoundedInputStream(InputStream in, long limit, int status, Cancellable exchange) {
            super(in);
            this.limit = limit;
            this.status = status;
            this.exchange = exchange;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // never ask for more than one byte beyond the limit
            int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - count + 1));
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws ResponseTooLargeException {
            count += n;
            if (count > limit) {
                exchange.cancel();
                throw new ResponseTooLargeException(status, limit);
            }
        }
    }
}
