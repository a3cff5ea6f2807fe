package io.camelqonto.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.camelqonto.client.QontoJson;
import io.camelqonto.client.webhook.WebhookSignature;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;

/**
 * Runs webhook routes on Camel's platform-http (Vert.x) at a free port of this machine, as an application would, and
 * posts to them as Qonto does.
 */
abstract class QontoWebhookTestSupport extends QontoTestSupport {

    static final String SECRET = "whsec_T3stS3cr3t-0123456789abcdefghijklmnop";

    /**
     * Tags the tests that create a webhook consumer after the context's HTTP server has started one: camel-webhook
     * 4.18 cannot do that on Camel 4.22, so the camel-4.22 build leaves them out (README, "Camel 4.22 and Spring
     * Boot 4").
     */
    static final String LATE_WEBHOOK_CONSUMER = "late-webhook-consumer";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final int port = AvailablePortFinder.getNextAvailable();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        context.getRestConfiguration().setHost("127.0.0.1");
        context.getRestConfiguration().setPort(port);
        // the HTTP server webhook routes run on; Camel Main and Spring Boot set it up from their own configuration
        context.getComponent("platform-http");
        return context;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Qonto's envelope around a resource. */
    static byte[] event(String id, String type, String name, Map<String, ?> resource) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("event", name);
        data.putAll(resource);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id);
        envelope.put("subscription_id", "0f6c2b1e-7d4a-4c3e-9b8f-1a2b3c4d5e6f");
        envelope.put("organization_id", emulator.store().organization().get("id"));
        envelope.put("membership_id", emulator.store().memberships().get(0).get("id"));
        envelope.put("type", type);
        envelope.put("created_at", "2026-01-15T10:00:00.000Z");
        envelope.put("data", data);
        try {
            return QontoJson.mapper().writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The signature Qonto sends with {@code body} now. */
    static String signedNow(byte[] body) {
        return WebhookSignature.sign(SECRET, Instant.now().getEpochSecond(), body);
    }

    /** Posts as Qonto does; a null signature sends none. */
    HttpResponse<String> post(String path, String signature, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header(WebhookSignature.HEADER, signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
