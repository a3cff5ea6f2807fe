package io.camelqonto.component;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelqonto.client.webhook.WebhookSignature;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** webhookHandOff: Qonto gets its answer once the event is queued, while the route is still busy with it. */
class QontoWebhookHandOffTest extends QontoWebhookTestSupport {

    private final CountDownLatch routeMayFinish = new CountDownLatch(1);
    private final List<Exchange> received = Collections.synchronizedList(new ArrayList<>());

    @Override
    protected void configure(QontoConfiguration configuration) {
        super.configure(configuration);
        configuration.setWebhookSecret(SECRET);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:qonto:memberships?webhookPath=/qonto/memberships&webhookAutoRegister=false"
                     + "&webhookHandOff=seda:qonto-memberships")
                        .process(exchange -> {
                            routeMayFinish.await(10, TimeUnit.SECONDS);
                            received.add(exchange.copy());
                        });
            }
        };
    }

    @Test
    void answersOnceTheEventIsHandedOffAndTheRouteRunsFromTheQueue() {
        Map<String, Object> member = emulator.store().memberships().get(0);
        byte[] body = event(UUID.randomUUID().toString(), "v1/memberships", "updated", member);

        HttpResponse<String> answer = post("/qonto/memberships", signedNow(body), body);

        assertThat(answer.statusCode()).as("answered while the route waits").isEqualTo(200);
        assertThat(received).isEmpty();
        routeMayFinish.countDown();
        await("the route to process the event", Duration.ofSeconds(10), () -> received.size() == 1);
        assertThat(received.get(0).getMessage().getHeader(QontoConstants.ID)).isEqualTo(member.get("id"));
        assertThat(received.get(0).getMessage().getHeader(QontoConstants.EVENT_NAME)).isEqualTo("updated");

        HttpResponse<String> duplicate = post("/qonto/memberships",
                WebhookSignature.sign(SECRET, Instant.now().getEpochSecond() + 1, body), body);
        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(duplicate.body()).as("the duplicate is not handed off again").isEqualTo("Received before");
        assertThat(received).hasSize(1);
    }
}
