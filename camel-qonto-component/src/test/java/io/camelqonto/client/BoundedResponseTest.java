package io.camelqonto.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import io.camelqonto.client.auth.ApiKeyCredentials;
import io.camelqonto.client.error.QontoRateLimitException;
import io.camelqonto.client.error.QontoResponseTooLargeException;
import io.camelqonto.client.error.QontoTimeoutException;
import io.camelqonto.model.Transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Answers are bounded in size and in time, whatever the server does. */
class BoundedResponseTest {

    @RegisterExtension
    static WireMockExtension wm = TestClients.wireMock();

    private static final String PATH = "/v2/transactions/tx-1";

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static QontoCall getTransaction() {
        return QontoCall.of(QontoOperation.GET_TRANSACTION).pathParam("id", "tx-1").build();
    }

    /** A transaction whose body is padded to about {@code size} bytes. */
    private static String transactionOfSize(int size) {
        char[] padding = new char[size];
        Arrays.fill(padding, 'x');
        return "{\"transaction\":{\"id\":\"tx-1\",\"status\":\"completed\",\"note\":\"" + new String(padding) + "\"}}";
    }

    /** A server of the test's own, for answers WireMock cannot give: endless or trickled bodies. */
    private String serve(HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH, handler);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static QontoClientConfig.Builder config(String baseUrl) {
        return QontoClientConfig.builder().baseUrl(baseUrl).tokenUrl(baseUrl + TestClients.TOKEN_PATH)
                .credentials(new ApiKeyCredentials(TestClients.LOGIN, TestClients.SECRET_KEY))
                .retryPolicy(TestClients.FAST_RETRIES);
    }

    @Test
    void anAnswerWithinTheLimitIsRead() {
        wm.stubFor(get(PATH).willReturn(okJson(transactionOfSize(3000))));

        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).maxResponseSize(4096).build())) {
            assertThat(client.call(getTransaction(), Transaction.class).id()).isEqualTo("tx-1");
        }
    }

    @Test
    void anAnswerDeclaredLargerThanTheLimitIsATypedErrorAndNotRetried() {
        wm.stubFor(get(PATH).willReturn(okJson(transactionOfSize(5000))));

        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).maxResponseSize(4096).build())) {
            assertThatThrownBy(() -> client.execute(getTransaction()))
                    .isInstanceOfSatisfying(QontoResponseTooLargeException.class, e -> {
                        assertThat(e.status()).isEqualTo(200);
                        assertThat(e.maxResponseSize()).isEqualTo(4096);
                        assertThat(e.getMessage()).contains("GET /v2/transactions/{id}", "maxResponseSize (4096 bytes)");
                    });
        }
        // the same oversized answer would come again
        assertThat(wm.findAll(getRequestedFor(urlEqualTo(PATH)))).hasSize(1);
    }

    @Test
    void anErrorAnswerIsBoundedToo() {
        wm.stubFor(get(PATH).willReturn(aResponse().withStatus(500).withBody(transactionOfSize(5000))));

        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).maxResponseSize(4096).build())) {
            assertThatThrownBy(() -> client.execute(getTransaction()))
                    .isInstanceOfSatisfying(QontoResponseTooLargeException.class,
                            e -> assertThat(e.status()).isEqualTo(500));
        }
    }

    @Test
    @Timeout(60)
    void anEndlessAnswerWithoutLengthIsNotReadBeyondTheLimit() throws Exception {
        long offered = 512L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        CompletableFuture<String> outcome = new CompletableFuture<>();
        String baseUrl = serve(exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            // length 0: chunked, so the client cannot know the size in advance
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = exchange.getResponseBody()) {
                while (written.get() < offered) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
                outcome.complete("sent everything");
            } catch (IOException e) {
                outcome.complete("connection closed by the client");
            }
        });

        try (QontoClient client = QontoClient.create(config(baseUrl).maxResponseSize(256 * 1024).build())) {
            assertThatThrownBy(() -> client.execute(getTransaction()))
                    .isInstanceOf(QontoResponseTooLargeException.class);
        }

        assertThat(outcome.get(30, TimeUnit.SECONDS)).isEqualTo("connection closed by the client");
        assertThat(written.get()).isLessThan(offered);
    }

    @Test
    @Timeout(60)
    void anAnswerTrickledPastTheCallTimeoutFailsThoughEachByteComesInTime() throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        String baseUrl = serve(trickle(outcome));

        try (QontoClient client = QontoClient.create(config(baseUrl)
                .responseTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(1))
                .build())) {
            assertThatThrownBy(() -> client.execute(getTransaction()))
                    .isInstanceOfSatisfying(QontoTimeoutException.class,
                            e -> assertThat(e.getMessage()).contains("GET /v2/transactions/{id}", "callTimeout (1000 ms"));
        }

        // the connection was closed at the deadline, not left to the trickle
        assertThat(outcome.get(30, TimeUnit.SECONDS)).isEqualTo("connection closed by the client");
    }

    /** Sends the headers, then one byte of a never-ending body every 100 ms, for at most 30 s. */
    private static HttpHandler trickle(CompletableFuture<String> outcome) {
        return (HttpExchange exchange) -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"transaction\":{\"id\":\"tx-1\",\"note\":\"".getBytes(StandardCharsets.UTF_8));
                out.flush();
                for (int i = 0; i < 300; i++) {
                    Thread.sleep(100);
                    out.write('x');
                    out.flush();
                }
                outcome.complete("sent everything");
            } catch (IOException e) {
                outcome.complete("connection closed by the client");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome.complete("interrupted");
            }
        };
    }

    @Test
    void aRetryAfterThatWouldOutlastTheCallTimeoutEndsTheCallAtOnce() {
        wm.stubFor(get(PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));

        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).callTimeout(Duration.ofSeconds(1)).build())) {
            assertThatThrownBy(() -> client.execute(getTransaction())).isInstanceOf(QontoRateLimitException.class);
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo(PATH)))).hasSize(1);
    }
}
