package io.camelqonto.benchmarks;

import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelqonto.component.QontoComponent;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.SepaTransfer;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * Threads creating SEPA transfers to a set of payees given by name and IBAN, each transfer verified then created:
 * through the component's producer, and with a plain HttpClient 5 + Jackson client making the same two calls.
 */
final class SepaCreates {

    /** What the plain client reads a creation's answer into. */
    record Created(SepaTransfer transfer) {
    }

    private SepaCreates() {
    }

    static RunResult component(FastQontoServer server, int threads, int perThread, int payees) throws Exception {
        CamelContext camel = Contenders.qontoContext(server.baseUrl(), Contenders.unlimited());
        // Qonto creates SEPA transfers for OAuth tokens only
        QontoConfiguration configuration = camel.getComponent("qonto", QontoComponent.class).getConfiguration();
        configuration.setLogin(null);
        configuration.setSecretKey(null);
        configuration.setClientId("bench-client");
        configuration.setClientSecret("bench-client-secret");
        configuration.setRefreshToken("bench-refresh-0");
        configuration.setTokenUrl(server.baseUrl() + "/oauth2/token");
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pay").to("qonto:sepaTransfer");
            }
        });
        camel.start();
        try {
            ProducerTemplate template = camel.createProducerTemplate();
            return inThreads(server, threads, perThread, (thread, k) -> {
                int payee = (thread * perThread + k) % payees;
                SepaTransfer created = template.requestBody("direct:pay", new NewSepaTransfer(Contenders.ACCOUNT, null,
                        NewSepaBeneficiary.of(name(payee), iban(payee)), "Invoice " + thread + "-" + k, "18.00", null,
                        null, null), SepaTransfer.class);
                return created.id();
            });
        } finally {
            camel.stop();
        }
    }

    static RunResult plainClient(FastQontoServer server, int threads, int perThread, int payees) throws Exception {
        try (CloseableHttpClient http = HttpClients.custom().setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(threads).setMaxConnPerRoute(threads)
                        .build()).build()) {
            return inThreads(server, threads, perThread, (thread, k) -> {
                int payee = (thread * perThread + k) % payees;
                Map<String, Object> verification = new LinkedHashMap<>();
                verification.put("iban", iban(payee));
                verification.put("beneficiary_name", name(payee));
                JsonNode verified = post(http, server.baseUrl() + "/v2/sepa/verify_payee", verification, null,
                        JsonNode.class);
                Map<String, Object> transfer = new LinkedHashMap<>();
                transfer.put("bank_account_id", Contenders.ACCOUNT);
                transfer.put("beneficiary", Map.of("name", name(payee), "iban", iban(payee)));
                transfer.put("reference", "Invoice " + thread + "-" + k);
                transfer.put("amount", "18.00");
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("vop_proof_token", verified.path("proof_token").path("token").asText());
                body.put("transfer", transfer);
                return post(http, server.baseUrl() + "/v2/sepa/transfers", body, UUID.randomUUID().toString(),
                        Created.class).transfer().id();
            });
        }
    }

    private static <T> T post(CloseableHttpClient http, String url, Object body, String idempotencyKey,
            Class<T> type) throws Exception {
        HttpPost post = new HttpPost(url);
        post.setHeader("Authorization", "Bearer " + FastQontoServer.ACCESS_TOKEN);
        if (idempotencyKey != null) {
            post.setHeader("X-Qonto-Idempotency-Key", idempotencyKey);
        }
        post.setEntity(new ByteArrayEntity(Contenders.PLAIN.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
        return http.execute(post, response -> {
            if (response.getCode() != 200) {
                throw new IllegalStateException("HTTP " + response.getCode());
            }
            try (InputStream in = response.getEntity().getContent()) {
                return Contenders.PLAIN.readValue(in, type);
            }
        });
    }

    /** One transfer: which thread, which of its transfers; returns the created transfer's id. */
    private interface Transfer {
        String create(int thread, int k) throws Exception;
    }

    private static RunResult inThreads(FastQontoServer server, int threads, int perThread, Transfer transfer)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CpuMeter before = CpuMeter.snapshot();
            int callsBefore = server.verifications() + server.transfers();
            long start = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<Integer> work = () -> {
                    for (int k = 0; k < perThread; k++) {
                        if (transfer.create(thread, k) == null) {
                            throw new IllegalStateException("a transfer came back without id");
                        }
                    }
                    return perThread;
                };
                done.add(pool.submit(work));
            }
            long created = 0;
            for (Future<Integer> future : done) {
                created += future.get();
            }
            long nanos = System.nanoTime() - start;
            long[] spent = CpuMeter.snapshot().since(before);
            return new RunResult(created, nanos, spent[0], spent[1],
                    server.verifications() + server.transfers() - callsBefore);
        } finally {
            pool.shutdownNow();
        }
    }

    static String name(int payee) {
        return "Supplier " + payee + " SAS";
    }

    /** A French IBAN whose check digits hold, one per payee. */
    static String iban(int payee) {
        String bban = "30004" + "00001" + String.format("%011d", 20_000_000L + payee) + "00";
        String digits = (bban + "FR00").chars()
                .mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) c) : String.valueOf(c - 'A' + 10))
                .reduce("", String::concat);
        int check = 98 - new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
        return "FR" + String.format("%02d", check) + bban;
    }
}
