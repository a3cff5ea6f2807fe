package io.camelqonto.component;

import java.util.List;
import java.util.Map;

import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.WebhookSubscription;
import io.camelqonto.model.WebhookSubscriptionSettings;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The webhook subscription rows through producers: created, listed, read, replaced and deleted. */
class QontoWebhookSubscriptionsProducerTest extends QontoTestSupport {

    private static final String SECRET = "whsec_producer-test-0123456789abcdef0123";

    @Test
    void createsReadsListsReplacesAndDeletesASubscription() {
        Exchange created = template.request("qonto:webhookSubscription?operation=create", e -> e.getMessage()
                .setBody(Map.of("callbackUrl", "https://hooks.example.com/qonto", "types", List.of("v1/transactions"),
                        "secret", SECRET, "description", "Ledger")));
        WebhookSubscription subscription = created.getMessage().getBody(WebhookSubscription.class);
        String id = subscription.id();

        assertThat(subscription.secret()).as("shown on create only").isEqualTo(SECRET);
        assertThat(subscription.toString()).doesNotContain(SECRET).doesNotContain("hooks.example.com");
        assertThat(created.getMessage().getHeader(QontoConstants.ID)).isEqualTo(id);
        WebhookSubscription read = template.requestBodyAndHeader("qonto:webhookSubscription", null,
                QontoConstants.ID, id, WebhookSubscription.class);
        assertThat(read.secret()).isNull();
        assertThat(read.types()).containsExactly("v1/transactions");
        assertThat(template.requestBody("qonto:webhookSubscriptions", null, List.class)).singleElement()
                .satisfies(item -> assertThat(((WebhookSubscription) item).id()).isEqualTo(id));

        WebhookSubscription replaced = template.requestBodyAndHeader("qonto:webhookSubscription?operation=update",
                new WebhookSubscriptionSettings("https://hooks.example.com/qonto/v2",
                        List.of("v1/transactions", "v1/clients"), null, null),
                QontoConstants.ID, id, WebhookSubscription.class);
        assertThat(replaced.callbackUrl()).isEqualTo("https://hooks.example.com/qonto/v2");
        assertThat(replaced.lists("v1/clients")).isTrue();
        assertThat(replaced.description()).as("a replacement drops what it does not give").isNull();

        template.requestBodyAndHeader("qonto:webhookSubscription?operation=delete", null, QontoConstants.ID, id);
        assertThat(emulator.store().webhookSubscriptions()).isEmpty();
        assertThat(apiCalls("DELETE", "/v2/webhook_subscriptions/" + id)).hasSize(1);
    }

    @Test
    void refusesSettingsQontoWouldRefuseBeforeSendingThem() {
        Throwable thrown = catchThrowable(() -> template.requestBody("qonto:webhookSubscription?operation=create",
                Map.of("callback_url", "http://hooks.example.com/qonto", "types", List.of(), "secret", "too-short",
                        "description", "x".repeat(257))));

        assertThat(rootCause(thrown)).isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
            assertThat(invalid.fields()).containsExactlyInAnyOrder("callback_url", "description", "types", "secret");
            assertThat(invalid.getMessage()).doesNotContain("too-short");
        });
        assertThat(apiCalls()).isEmpty();
    }
}
