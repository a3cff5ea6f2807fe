package io.camelqonto.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Qonto that answers as fast as it can: transaction pages (with {@code updated_at_from},
 * {@code sort_by=updated_at:asc}, {@code page} and {@code per_page}, as Qonto reads them), Verification of Payee and
 * SEPA transfer creation. It can enforce rate windows the way Qonto does (a sliding count per window, a 429 beyond it)
 * and records when each request arrived. Its threads are named {@value #THREAD_PREFIX}..., so that CPU measurements
 * can leave them out.
 */
final class FastQontoServer implements AutoCloseable {

    static final String THREAD_PREFIX = "bench-server-";
    private static final Pattern NAME = Pattern.compile("\"beneficiary_name\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]*)\"");

    static {
        // without it the JDK's server holds small answers back for the client's delayed ACK (Nagle's algorithm):
        // about 40 ms per call, which would measure the server instead of the clients
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer http;
    private final ExecutorService threads;
    private final ThreadLocal<Transactions.Json> buffers = ThreadLocal.withInitial(Transactions.Json::new);
    private final AtomicInteger listRequests = new AtomicInteger();
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicInteger transfers = new AtomicInteger();
    private final AtomicLong proofs = new AtomicLong();
    private volatile Transactions transactions = Transactions.distinct(0);
    private volatile Windows windows;

    FastQontoServer() throws IOException {
        AtomicInteger number = new AtomicInteger();
        threads = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, THREAD_PREFIX + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        http.setExecutor(threads);
        http.createContext("/v2/transactions", this::transactions);
        http.createContext("/v2/sepa/verify_payee", this::verifyPayee);
        http.createContext("/v2/sepa/transfers", this::createTransfer);
        http.createContext("/oauth2/token", this::token);
        http.start();
    }

    /** The access token the token endpoint hands out; the plain client sends it too. */
    static final String ACCESS_TOKEN = "bench-access-token";

    String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** Serves these transactions from now on, counts from zero, and enforces these windows (null for none). */
    void serve(Transactions served, Windows enforced) {
        transactions = served;
        windows = enforced;
        listRequests.set(0);
        verifications.set(0);
        transfers.set(0);
    }

    int listRequests() {
        return listRequests.get();
    }

    int verifications() {
        return verifications.get();
    }

    int transfers() {
        return transfers.get();
    }

    /** Refuses the request with 429 when a window is full; true when it may be answered. */
    private boolean admitted(HttpExchange exchange) throws IOException {
        Windows enforced = windows;
        if (enforced == null || enforced.admit(System.nanoTime())) {
            return true;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        reply(exchange, 429, "{\"errors\":[{\"code\":\"too_many_requests\",\"detail\":\"Rate limit exceeded\"}]}"
                .getBytes(StandardCharsets.UTF_8), -1);
        return false;
    }

    private void transactions(HttpExchange exchange) throws IOException {
        drain(exchange);
        if (!admitted(exchange)) {
            return;
        }
        listRequests.incrementAndGet();
        Map<String, String> query = query(exchange.getRequestURI());
        Transactions served = transactions;
        String from = query.get("updated_at_from");
        int first = from == null ? 0 : served.firstAtOrAfter(OffsetDateTime.parse(from).toInstant());
        int perPage = Integer.parseInt(query.getOrDefault("per_page", "100"));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        int matching = served.count() - first;
        int start = Math.min(served.count(), first + (page - 1) * perPage);
        int end = Math.min(served.count(), start + perPage);
        int totalPages = Math.max(1, (matching + perPage - 1) / perPage);
        Transactions.Json json = buffers.get().clear().raw("{\"transactions\":[");
        for (int i = start; i < end; i++) {
            if (i > start) {
                json.raw(",");
            }
            served.write(i, json);
        }
        json.raw("],\"meta\":{\"current_page\":").number(page)
                .raw(",\"next_page\":").raw(page < totalPages ? Integer.toString(page + 1) : "null")
                .raw(",\"prev_page\":").raw(page > 1 ? Integer.toString(page - 1) : "null")
                .raw(",\"total_pages\":").number(totalPages).raw(",\"total_count\":").number(matching)
                .raw(",\"per_page\":").number(perPage).raw("}}");
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        reply(exchange, 200, json.bytes(), json.length());
    }

    private void verifyPayee(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!admitted(exchange)) {
            return;
        }
        verifications.incrementAndGet();
        Matcher name = NAME.matcher(body);
        String matched = name.find() ? name.group(1) : "";
        json(exchange, "{\"match_result\":\"MATCH_RESULT_MATCH\",\"matched_name\":\"" + matched
                + "\",\"proof_token\":{\"token\":\"vop_" + proofs.incrementAndGet() + "\"}}");
    }

    private void createTransfer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!admitted(exchange)) {
            return;
        }
        int number = transfers.incrementAndGet();
        Matcher reference = REFERENCE.matcher(body);
        json(exchange, "{\"transfer\":{\"id\":\"" + String.format("%08x-0000-4000-8000-%012x", number, number)
                + "\",\"initiator_id\":\"36f675cc-81e7-4ef5-a8e2-5d940ed90475\",\"bank_account_id\":"
                + "\"d23f0824-128b-4f33-8c5c-7fd0a6a3a450\",\"beneficiary_id\":\"b5f4e7c2-1d3a-4b6f-9e8d-7c6b5a4f3e2d\","
                + "\"amount\":18.0,\"amount_cents\":1800,\"amount_currency\":\"EUR\",\"status\":\"pending\","
                + "\"reference\":\"" + (reference.find() ? reference.group(1) : "") + "\",\"note\":null,"
                + "\"scheduled_date\":\"2025-03-14\",\"created_at\":\"" + Instant.now() + "\",\"updated_at\":\""
                + Instant.now() + "\"}}");
    }

    /**
     * Qonto's token endpoint, as far as a refresh goes: SEPA transfers need OAuth, and one token lasts the whole run,
     * so this is called once per run and the transfers' Authorization header is not checked.
     */
    private void token(HttpExchange exchange) throws IOException {
        drain(exchange);
        json(exchange, "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":3600,"
                + "\"refresh_token\":\"bench-refresh-" + UUID.randomUUID() + "\",\"scope\":\"payment.write\"}");
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        reply(exchange, 200, bytes, bytes.length);
    }

    private static void reply(HttpExchange exchange, int status, byte[] body, int length) throws IOException {
        int size = length < 0 ? body.length : length;
        exchange.sendResponseHeaders(status, size);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, 0, size);
        }
    }

    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }

    /**
     * Qonto's rate windows as the server sees them: at most {@code permits} requests arrive in any span of a window's
     * length, and a request beyond that is refused (and not counted, as it did nothing). Records every admitted arrival.
     */
    static final class Windows {
        private final int[] permits;
        private final long[] lengths;
        private final List<Long> admitted = new ArrayList<>();
        private int refused;

        Windows(int firstPermits, long firstLengthNanos, int secondPermits, long secondLengthNanos) {
            this.permits = new int[] {firstPermits, secondPermits};
            this.lengths = new long[] {firstLengthNanos, secondLengthNanos};
        }

        synchronized boolean admit(long now) {
            for (int w = 0; w < permits.length; w++) {
                if (countSince(now - lengths[w]) >= permits[w]) {
                    refused++;
                    return false;
                }
            }
            admitted.add(now);
            return true;
        }

        /** Admitted requests that arrived after {@code since} (arrivals are in order). */
        private int countSince(long since) {
            int low = 0;
            int high = admitted.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (admitted.get(middle) <= since) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return admitted.size() - low;
        }

        synchronized int refused() {
            return refused;
        }

        synchronized List<Long> arrivals() {
            return List.copyOf(admitted);
        }

        /** The most requests admitted in any span of window {@code w}'s length. */
        synchronized int peak(int w) {
            int best = 0;
            int start = 0;
            for (int end = 0; end < admitted.size(); end++) {
                while (admitted.get(end) - admitted.get(start) >= lengths[w]) {
                    start++;
                }
                best = Math.max(best, end - start + 1);
            }
            return best;
        }

        int permits(int w) {
            return permits[w];
        }

        long lengthNanos(int w) {
            return lengths[w];
        }
    }
}
