package io.camelqonto.client;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.camelqonto.client.error.QontoTransportException;
import io.camelqonto.model.Transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A page is read item by item as it is parsed: every item in order, whatever the order of the answer's keys, items
 * that do not fit set aside with their JSON, and a broken body sent for again like any garbled answer.
 */
class PageDecodingTest {

    @RegisterExtension
    static WireMockExtension wm = TestClients.wireMock();

    private static final String META = "{\"current_page\":1,\"next_page\":2,\"total_pages\":2,\"total_count\":4}";

    private static QontoCall listTransactions() {
        return QontoCall.of(QontoOperation.LIST_TRANSACTIONS).query("bank_account_id", "acc-1").build();
    }

    private static QontoPage<Transaction> pageAnswering(String body) {
        wm.stubFor(get(urlPathEqualTo("/v2/transactions")).willReturn(okJson(body)));
        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).build())) {
            return client.page(listTransactions(), 1, Transaction.class);
        }
    }

    @Test
    void readsTheItemsAndTheMetaInWhateverOrderTheyComeAndSkipsOtherKeys() {
        QontoPage<Transaction> page = pageAnswering("{\"meta\":" + META + ",\"note\":{\"nested\":[1,{\"a\":2}]},"
                + "\"transactions\":[{\"id\":\"tx-1\",\"amount_cents\":100,\"labels\":[{\"id\":\"l\"}]},null,"
                + "{\"id\":\"tx-2\",\"vat_details\":{\"items\":[]}}]}");

        assertThat(page.items()).extracting(Transaction::id).containsExactly("tx-1", "tx-2");
        assertThat(page.items().get(0).amountCents()).isEqualTo(100L);
        assertThat(page.meta().nextPage()).isEqualTo(2);
        assertThat(page.hasNextPage()).isTrue();
        assertThat(page.undecodable()).isEmpty();
    }

    @Test
    void anItemThatDoesNotFitIsSetAsideWithItsJsonWhereverTheBinderStopped() {
        QontoPage<Transaction> page = pageAnswering("{\"transactions\":["
                + "{\"id\":\"tx-1\",\"financing_installment\":{\"current_installment_number\":\"2\",\"x\":{\"y\":[1]}},"
                + "\"label\":\"after the bad value\"},"
                + "{\"id\":\"tx-2\",\"amount_cents\":5},"
                + "\"not an object\","
                + "{\"id\":\"tx-4\",\"created_at\":12}],\"meta\":" + META + "}");

        assertThat(page.items()).extracting(Transaction::id).containsExactly("tx-2");
        assertThat(page.undecodable()).extracting(UndecodableItem::position).containsExactly(0, 2, 3);
        assertThat(page.undecodable()).extracting(UndecodableItem::id).containsExactly("tx-1", null, "tx-4");
        assertThat(page.undecodable().get(0).json()).contains("after the bad value");
        assertThat(page.undecodable()).extracting(item -> item.error().field()).containsExactly(
                "transactions[0].financing_installment.current_installment_number", "transactions[2]",
                "transactions[3].created_at");
        assertThat(page.inPageOrder()).hasSize(4);
        assertThat(page.meta().totalCount()).isEqualTo(4);
    }

    @Test
    void readsItemsAsTreesWhenAskedFor() {
        wm.stubFor(get(urlPathEqualTo("/v2/transactions")).willReturn(okJson("{\"transactions\":[{\"id\":\"tx-1\","
                + "\"amount\":12.50}]}")));
        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).build())) {
            QontoPage<JsonNode> page = client.page(listTransactions(), 1, JsonNode.class);

            assertThat(page.items()).singleElement().satisfies(item -> assertThat(item.get("amount").decimalValue())
                    .isEqualByComparingTo("12.50"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"transactions\":[{\"id\":\"tx-1\"},{\"id\":",
        "{\"transactions\":[{\"id\":\"tx-1\"}]} {}",
        "{\"transactions\":[{\"id\":\"tx-1\" \"amount\":1}]}"})
    void aBrokenPageIsAskedForAgainAndTheGoodAnswerIsRead(String broken) {
        wm.stubFor(get(urlPathEqualTo("/v2/transactions")).inScenario("broken").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(broken)).willSetStateTo("repaired"));
        wm.stubFor(get(urlPathEqualTo("/v2/transactions")).inScenario("broken").whenScenarioStateIs("repaired")
                .willReturn(okJson("{\"transactions\":[{\"id\":\"tx-1\"},{\"id\":\"tx-2\"}]}")));
        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).build())) {
            QontoPage<Transaction> page = client.page(listTransactions(), 1, Transaction.class);

            assertThat(page.items()).extracting(Transaction::id).containsExactly("tx-1", "tx-2");
        }
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/v2/transactions")))).hasSize(2);
    }

    @Test
    void anAnswerWithoutTheListFailsNamingIt() {
        wm.stubFor(get(urlPathEqualTo("/v2/transactions")).willReturn(okJson("{\"transaction\":{\"id\":\"tx-1\"}}")));
        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).build())) {
            assertThatThrownBy(() -> client.page(listTransactions(), 1, Transaction.class))
                    .isInstanceOf(QontoTransportException.class).hasMessageContaining("'transactions'");
        }
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/v2/transactions")))).hasSize(1);
    }

    @Test
    void aBareListIsAPageWithoutMeta() {
        QontoPage<Transaction> page = pageAnswering("[{\"id\":\"tx-1\"}]");

        assertThat(page.items()).extracting(Transaction::id).isEqualTo(List.of("tx-1"));
        assertThat(page.hasNextPage()).isFalse();
    }
}
