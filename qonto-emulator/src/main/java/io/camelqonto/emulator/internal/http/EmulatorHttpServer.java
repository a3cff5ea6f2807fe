package io.camelqonto.emulator.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.emulator.internal.gateway.Outcome;
import io.camelqonto.emulator.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The JDK HTTP server the emulator listens with, on the loopback interface. It turns exchanges into
 * {@link ApiRequest}s and writes back what the emulator decides, journaling every non-admin call.
 */
public final class EmulatorHttpServer {

    public static final String ADMIN_PREFIX = "/_emulator/";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each response then
        // waits for the client's delayed ACK (about 40 ms). The server reads this once, on first use.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Clock clock;
    private final Function<ApiRequest, Outcome> api;
    private final Function<ApiRequest, ApiResponse> admin;
    private final Consumer<RecordedRequest> journal;
    private final HttpServer server;
    private final ExecutorService executor;

    public EmulatorHttpServer(int port, Clock clock, Function<ApiRequest, Outcome> api,
            Function<ApiRequest, ApiResponse> admin, Consumer<RecordedRequest> journal) {
        this.clock = clock;
        this.api = api;
        this.admin = admin;
        this.journal = journal;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on port " + port, e);
        }
        AtomicInteger threads = new AtomicInteger();
        // Unbounded: a call held by an injected latency must not keep other calls waiting.
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "qonto-emulator-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    /**
     * Closes the listening socket and every connection, then waits a little for the calls being handled, so
     * that none of them still changes the state once the emulator is stopped.
     */
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ApiRequest request = read(exchange);
            String traceId = UUID.randomUUID().toString().replace("-", "");
            if (request.path().startsWith(ADMIN_PREFIX)) {
                write(exchange, administer(request).withTraceId(traceId));
                return;
            }
            Outcome outcome = process(request);
            // Journaled before the response goes out, so that a client that got its answer finds the call.
            journal.accept(new RecordedRequest(request.method(), request.path(), request.rawQuery(),
                    request.headers(), request.body(), request.receivedAt(),
                    outcome.dropped() ? 0 : outcome.response().status()));
            if (!outcome.dropped()) {
                write(exchange, outcome.response().withTraceId(traceId));
            }
            // A dropped call ends here: closing an exchange that sent no headers closes the connection.
        }
    }

    private Outcome process(ApiRequest request) {
        try {
            return api.apply(request);
        } catch (RuntimeException e) {
            return Outcome.respond(failure(e));
        }
    }

    private ApiResponse administer(ApiRequest request) {
        try {
            return admin.apply(request);
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    /** A bug in the emulator becomes a 500 the client can read, not a dropped connection. */
    private static ApiResponse failure(RuntimeException e) {
        ObjectNode error = Json.object().put("code", "internal_server_error").put("detail", "Emulator failure: " + e);
        return ApiResponse.json(500, Json.object().set("errors", Json.array(List.of(error))));
    }

    private ApiRequest read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        return new ApiRequest(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                Map.copyOf(headers),
                new String(bytes, StandardCharsets.UTF_8),
                bytes,
                exchange.getRemoteAddress().getAddress().getHostAddress(),
                clock.instant());
    }

    private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
        response.headers().forEach(exchange.getResponseHeaders()::set);
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        byte[] body = response.body();
        // -1 announces an empty body; 0 would mean "chunked" to this server.
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
