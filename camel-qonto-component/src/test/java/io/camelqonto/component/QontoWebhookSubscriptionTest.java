package io.camelqonto.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.camelqonto.emulator.WebhookDelivery;
import io.camelqonto.model.WebhookSubscription;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * webhookSubscribe: the route makes Qonto (here the emulator) send it its topic's events, with a secret kept in a
 * file, and receives the emulator's signed deliveries end to end.
 */
class QontoWebhookSubscriptionTest extends QontoWebhookTestSupport {

    @TempDir
    Path folder;

    private final List<Exchange> received = Collections.synchronizedList(new ArrayList<>());

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    @Test
    void subscribesOnStartReceivesTheEmulatorsSignedEventsAndUnsubscribesOnStop() throws Exception {
        Path secrets = folder.resolve("qonto-webhooks.properties");
        context.start();
        context.addRoutes(route("webhookSubscribe=true&webhookUnsubscribeOnStop=true&webhookSecretFile=" + secrets));

        assertThat(emulator.store().webhookSubscriptions()).singleElement().satisfies(subscription -> {
            assertThat(subscription.get("callback_url")).isEqualTo(url("/qonto/transactions"));
            assertThat(subscription.get("types")).isEqualTo(List.of("v1/transactions"));
            assertThat(subscription.get("description")).isEqualTo("Camel route webhook:qonto:transactions");
        });
        assertThat(Files.getPosixFilePermissions(secrets)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(storedSecrets(secrets).getProperty("v1/transactions " + url("/qonto/transactions")))
                .startsWith("whsec_").hasSizeGreaterThanOrEqualTo(32);

        String id = emulator.store().addTransaction(Map.of("note", "Pushed", "bank_account_id", mainAccountId()));

        await("the pushed transaction", Duration.ofSeconds(10), () -> received.size() == 1);
        assertThat(received.get(0).getMessage().getHeader(QontoConstants.ID)).isEqualTo(id);
        assertThat(received.get(0).getMessage().getHeader(QontoConstants.EVENT_NAME)).isEqualTo("created");
        // the emulator records the outcome once our answer reaches it, a moment after the route has run
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(emulator.webhooks().deliveries()).extracting(WebhookDelivery::outcome)
                .containsExactly(WebhookDelivery.Outcome.DELIVERED);

        context.stop();

        assertThat(emulator.store().webhookSubscriptions()).isEmpty();
        assertThat(storedSecrets(secrets)).isEmpty();
    }

    @Test
    void takesOverTheSubscriptionOfItsCallbackUrlWithASecretOfItsOwn() throws Exception {
        context.start();
        WebhookSubscription existing = template.requestBody("qonto:webhookSubscription?operation=create",
                Map.of("callback_url", url("/qonto/transactions"), "types", List.of("v1/transactions"),
                        "secret", "whsec_set-by-someone-else-0123456789abcdef"), WebhookSubscription.class);

        context.addRoutes(route("webhookSubscribe=true"));
        emulator.store().addTransaction(Map.of("bank_account_id", mainAccountId()));

        await("the pushed transaction", Duration.ofSeconds(10), () -> received.size() == 1);
        assertThat(emulator.store().webhookSubscriptions()).singleElement()
                .satisfies(subscription -> assertThat(subscription.get("id")).isEqualTo(existing.id()));
        assertThat(apiCalls("PUT", "/v2/webhook_subscriptions/" + existing.id())).as("told its new secret")
                .hasSize(1);
    }

    @Test
    @Tag(LATE_WEBHOOK_CONSUMER)
    void keepsItsSubscriptionAndItsSecretAcrossARestart() throws Exception {
        Path secrets = folder.resolve("qonto-webhooks.properties");
        context.start();
        context.addRoutes(route("webhookSubscribe=true&webhookSecretFile=" + secrets));
        String secret = storedSecrets(secrets).getProperty("v1/transactions " + url("/qonto/transactions"));

        context.getRouteController().stopRoute("webhook");
        context.getRouteController().startRoute("webhook");
        emulator.store().addTransaction(Map.of("bank_account_id", mainAccountId()));

        await("the pushed transaction", Duration.ofSeconds(10), () -> received.size() == 1);
        assertThat(emulator.store().webhookSubscriptions()).hasSize(1);
        assertThat(storedSecrets(secrets).getProperty("v1/transactions " + url("/qonto/transactions")))
                .isEqualTo(secret);
    }

    private RouteBuilder route(String options) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:qonto:transactions?bankAccountId=" + mainAccountId()
                     + "&webhookPath=/qonto/transactions&" + options)
                        .routeId("webhook")
                        .process(exchange -> received.add(exchange.copy()));
            }
        };
    }

    private static Properties storedSecrets(Path file) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
