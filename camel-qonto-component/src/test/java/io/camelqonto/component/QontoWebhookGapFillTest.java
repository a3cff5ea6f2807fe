package io.camelqonto.component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.camelqonto.emulator.WebhookDelivery;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * gapFill: with a share of the emulator's deliveries lost and another share delivered twice, and transactions made
 * before the subscription existed, every version of every transaction reaches the route exactly once. The poll runs
 * when the test says, so that what each way delivers is known.
 */
class QontoWebhookGapFillTest extends QontoWebhookTestSupport {

    private final ManualPollScheduler poll = new ManualPollScheduler();
    private final List<Version> received = new CopyOnWriteArrayList<>();
    private final List<Version> pushed = new CopyOnWriteArrayList<>();
    private final List<String> beforeSubscription = new ArrayList<>();
    private Instant start;

    @Override
    protected void doPreSetup() throws Exception {
        super.doPreSetup();
        start = Instant.now().minusSeconds(1);
        for (int i = 0; i < 3; i++) {
            beforeSubscription.add(emulator.store().addTransaction(Map.of("note", "before the subscription " + i)));
        }
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("manualPoll", poll);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:qonto:transactions?bankAccountId=" + mainAccountId() + "&webhookPath=/qonto/tx"
                     + "&webhookSubscribe=true&gapFill=true&scheduler=#manualPoll&startFrom=" + start)
                        .process(exchange -> {
                            Version version = new Version(exchange.getMessage().getHeader(QontoConstants.ID,
                                    String.class), exchange.getMessage().getHeader(QontoConstants.CURSOR,
                                    Instant.class));
                            received.add(version);
                            if (exchange.getMessage().getHeader(QontoConstants.EVENT_ID) != null) {
                                pushed.add(version);
                            }
                        });
            }
        };
    }

    @Test
    void deliversEveryVersionOnceThoughQontoLosesAndRepeatsDeliveries() throws InterruptedException {
        emulator.webhooks().dropRate(0.3);
        emulator.webhooks().duplicateRate(0.3);
        List<String> made = new ArrayList<>(beforeSubscription);
        for (int i = 0; i < 20; i++) {
            made.add(emulator.store().addTransaction(Map.of("note", "pushed " + i)));
        }
        // a later millisecond, so that each change is a version of its own
        Thread.sleep(5);
        for (int i = 3; i < made.size(); i += 4) {
            emulator.store().updateTransaction(made.get(i), Map.of("note", "changed"));
        }
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(20))).isTrue();
        List<Version> pushedBeforeThePoll = List.copyOf(pushed);

        poll.pollNow();
        poll.pollNow();

        Set<Version> current = made.stream().map(this::currentVersion).collect(Collectors.toSet());
        assertThat(emulator.webhooks().deliveries()).as("events were lost")
                .anyMatch(d -> d.outcome() == WebhookDelivery.Outcome.DROPPED);
        assertThat(emulator.webhooks().deliveries()).as("events were sent twice").anyMatch(WebhookDelivery::duplicate);
        assertThat(pushedBeforeThePoll).as("pushed ones came first").isNotEmpty();
        assertThat(received).as("no version twice").doesNotHaveDuplicates()
                .as("every transaction in its current version").containsAll(current)
                .as("nothing else").allMatch(version -> made.contains(version.id()));
        assertThat(received.subList(pushedBeforeThePoll.size(), received.size())).as("the poll brought the rest")
                .isNotEmpty().noneMatch(pushedBeforeThePoll::contains);
        assertThat(pushed).as("what happened before the subscription came from the poll only")
                .noneMatch(version -> beforeSubscription.contains(version.id()));
    }

    @Test
    void anEventOfAVersionThePollDeliveredIsNotDeliveredAgain() {
        poll.pollNow();
        assertThat(received).hasSize(beforeSubscription.size());
        Map<String, Object> polled = new HashMap<>(emulator.store().transaction(beforeSubscription.get(0))
                .orElseThrow());

        emulator.webhooks().trigger("v1/transactions", "updated", polled);
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(10))).isTrue();

        assertThat(emulator.webhooks().deliveries()).singleElement()
                .satisfies(delivery -> assertThat(delivery.outcome()).isEqualTo(WebhookDelivery.Outcome.DELIVERED));
        assertThat(received).hasSize(beforeSubscription.size());
        assertThat(pushed).isEmpty();
    }

    private Version currentVersion(String id) {
        Map<String, Object> transaction = emulator.store().transaction(id).orElseThrow();
        return new Version(id, Instant.parse((String) transaction.get("updated_at")));
    }

    private record Version(String id, Instant cursor) {
    }
}
