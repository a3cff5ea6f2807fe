package io.camelqonto.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelqonto.model.Transaction;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The transactions consumer follows updated_at: groups sharing an instant, updates, and failures. */
class QontoTransactionsConsumerTest extends QontoTestSupport {

    // far ahead of the seeded data, so that startFrom selects only what a test adds
    private static final String T0 = "2031-03-01T09:00:00Z";

    @Override
    protected void configure(QontoConfiguration configuration) {
        pointAtEmulator(configuration);
        useApiKey(configuration);
    }

    private String consumerUri() {
        return "qonto:transactions?bankAccountId=" + mainAccountId() + "&perPage=3&startFrom=" + T0
               + "&delay=50&initialDelay=0";
    }

    @Test
    void deliversAGroupSharingOneInstantOnceAndAnUpdatedTransactionOnceMore() throws Exception {
        List<String> group = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            group.add(emulator.store().addTransaction(Map.of("updated_at", "2031-03-01T09:00:00.000Z",
                    "label", "Group item " + i)));
        }
        MockEndpoint transactions = getMockEndpoint("mock:transactions");
        transactions.expectedMessageCount(7);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri()).to("mock:transactions");
            }
        });

        transactions.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/transactions", 3);
        assertThat(ids(transactions)).containsExactlyInAnyOrderElementsOf(group);

        String updated = group.get(4);
        // reset before the change, which a quick consumer may deliver before the test gets to the next line
        transactions.reset();
        transactions.expectedMessageCount(1);
        emulator.store().updateTransaction(updated, Map.of("note", "Receipt attached",
                "updated_at", "2031-03-01T09:05:00.000Z"));
        transactions.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/transactions", 3);

        transactions.assertIsSatisfied();
        Exchange again = transactions.getReceivedExchanges().get(0);
        assertThat(again.getMessage().getHeader(QontoConstants.ID)).isEqualTo(updated);
        assertThat(again.getMessage().getBody(Transaction.class).note()).isEqualTo("Receipt attached");
    }

    @Test
    void redeliversAFailedItemOnTheNextPollAndLosesNothingAfterIt() throws Exception {
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(emulator.store().addTransaction(Map.of("updated_at", "2031-03-01T09:00:0" + i + ".000Z")));
        }
        String failing = added.get(2);
        AtomicBoolean failOnce = new AtomicBoolean(true);
        List<String> attempts = new CopyOnWriteArrayList<>();
        MockEndpoint transactions = getMockEndpoint("mock:transactions");
        transactions.expectedMessageCount(5);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri())
                        .process(e -> {
                            String id = e.getMessage().getHeader(QontoConstants.ID, String.class);
                            attempts.add(id);
                            if (id.equals(failing) && failOnce.getAndSet(false)) {
                                throw new IllegalStateException("ledger unavailable");
                            }
                        })
                        .to("mock:transactions");
            }
        });

        transactions.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/transactions", 3);

        transactions.assertIsSatisfied();
        assertThat(ids(transactions)).containsExactlyElementsOf(added);
        assertThat(attempts).containsExactly(added.get(0), added.get(1), failing, failing, added.get(3), added.get(4));
    }

    @Test
    void sendsAnIbanFilterAsTheAccountIdSoNoIbanTravelsInAUrl() throws Exception {
        String added = emulator.store().addTransaction(Map.of("updated_at", "2031-03-01T09:00:00.000Z"));
        MockEndpoint transactions = getMockEndpoint("mock:transactions");
        transactions.expectedMessageCount(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:transactions?iban=" + mainAccountIban() + "&startFrom=" + T0 + "&delay=50&initialDelay=0")
                        .to("mock:transactions");
            }
        });

        transactions.assertIsSatisfied(15_000);
        assertThat(ids(transactions)).containsExactly(added);
        assertThat(apiCalls("GET", "/v2/transactions")).isNotEmpty().allSatisfy(call -> {
            assertThat(decodedQuery(call)).contains("bank_account_id=" + mainAccountId());
            assertThat(decodedQuery(call)).doesNotContain(mainAccountIban()).doesNotContain("iban=");
        });
    }

    private static List<String> ids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(QontoConstants.ID, String.class)).toList();
    }
}
