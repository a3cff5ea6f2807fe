package io.camelqonto.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.camelqonto.model.BankAccount;
import io.camelqonto.model.Transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaginationTest {

    @RegisterExtension
    static WireMockExtension wm = TestClients.wireMock();

    private static QontoClient client(int maxPages) {
        return QontoClient.create(TestClients.apiKey(wm).perPage(2).maxPages(maxPages).build());
    }

    /** Serves page {@code page} of the transactions with the given meta block (null for none). */
    private static void transactionsPage(int page, String meta, String... ids) {
        StringBuilder items = new StringBuilder();
        for (String id : ids) {
            items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\"}");
        }
        String body = "{\"transactions\":[" + items + "]" + (meta == null ? "" : ",\"meta\":" + meta) + "}";
        wm.stubFor(get(urlPathEqualTo("/v2/transactions")).withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(okJson(body)));
    }

    private static String meta(int current, Integer next, int totalPages) {
        return "{\"current_page\":" + current + ",\"next_page\":" + next + ",\"prev_page\":null,\"total_pages\":"
                + totalPages + ",\"total_count\":" + totalPages * 2 + ",\"per_page\":2}";
    }

    private static QontoCall listTransactions() {
        return QontoCall.of(QontoOperation.LIST_TRANSACTIONS).query("bank_account_id", "acc-1").build();
    }

    private static List<LoggedRequest> requests() {
        return wm.findAll(getRequestedFor(urlPathEqualTo("/v2/transactions")));
    }

    @Test
    void onePageIsAskedWithPageAndPerPageNeverCurrentPage() {
        transactionsPage(3, meta(3, 4, 5), "tx-5", "tx-6");

        try (QontoClient client = client(10)) {
            QontoPage<Transaction> page = client.page(QontoCall.of(QontoOperation.LIST_TRANSACTIONS)
                    .query("bank_account_id", "acc-1").query("current_page", 7).build(), 3, Transaction.class);
            assertThat(page.items()).extracting(Transaction::id).containsExactly("tx-5", "tx-6");
            assertThat(page.meta().currentPage()).isEqualTo(3);
            assertThat(page.hasNextPage()).isTrue();
        }
        LoggedRequest request = requests().get(0);
        assertThat(request.queryParameter("page").firstValue()).isEqualTo("3");
        assertThat(request.queryParameter("per_page").firstValue()).isEqualTo("2");
        assertThat(request.queryParameter("bank_account_id").firstValue()).isEqualTo("acc-1");
        assertThat(request.getUrl()).doesNotContain("current_page");
    }

    @Test
    void thePageSizeOfTheCallWins() {
        transactionsPage(1, meta(1, null, 1), "tx-1");

        try (QontoClient client = client(10)) {
            client.page(QontoCall.of(QontoOperation.LIST_TRANSACTIONS).query("per_page", 50).build(), 1, null);
        }
        assertThat(requests()).extracting(r -> r.queryParameter("per_page").values()).containsExactly(List.of("50"));
    }

    @Test
    void walksEveryPageWhileQontoAnnouncesANextPage() {
        transactionsPage(1, meta(1, 2, 3), "tx-1", "tx-2");
        transactionsPage(2, meta(2, 3, 3), "tx-3", "tx-4");
        transactionsPage(3, meta(3, null, 3), "tx-5");

        try (QontoClient client = client(10)) {
            QontoPages<Transaction> pages = client.paginate(listTransactions(), Transaction.class);
            assertThat(pages.stream().map(Transaction::id)).containsExactly("tx-1", "tx-2", "tx-3", "tx-4", "tx-5");
            assertThat(pages.pagesFetched()).isEqualTo(3);
            assertThat(pages.truncated()).isFalse();
            assertThat(pages.lastMeta().currentPage()).isEqualTo(3);
        }
        assertThat(requests()).extracting(r -> r.queryParameter("page").firstValue()).containsExactly("1", "2", "3");
        assertThat(requests()).allSatisfy(r -> {
            assertThat(r.queryParameter("bank_account_id").firstValue()).isEqualTo("acc-1");
            assertThat(r.getUrl()).doesNotContain("current_page");
        });
    }

    @Test
    void stopsWhenTheLastPageOmitsNextPage() {
        transactionsPage(1, meta(1, 2, 2), "tx-1", "tx-2");
        transactionsPage(2, "{\"current_page\":2,\"total_pages\":2,\"per_page\":2}", "tx-3");

        try (QontoClient client = client(10)) {
            assertThat(client.paginate(listTransactions(), Transaction.class).stream().count()).isEqualTo(3);
        }
        assertThat(requests()).hasSize(2);
    }

    @Test
    void stopsWhenNextPageDoesNotMoveForward() {
        transactionsPage(1, meta(1, 2, 2), "tx-1", "tx-2");
        transactionsPage(2, meta(2, 1, 2), "tx-3");

        try (QontoClient client = client(10)) {
            assertThat(client.paginate(listTransactions(), Transaction.class).stream().count()).isEqualTo(3);
        }
        assertThat(requests()).hasSize(2);
    }

    @Test
    void withoutMetaAPageThatIsNotFullIsTheLast() {
        wm.stubFor(get(urlPathEqualTo("/v2/bank_accounts")).willReturn(okJson(
                "{\"bank_accounts\":[{\"id\":\"acc-1\"}]}")));

        try (QontoClient client = client(10)) {
            QontoPages<BankAccount> accounts = client.paginate(QontoCall.of(QontoOperation.LIST_BANK_ACCOUNTS).build(), null);
            assertThat(accounts.stream().map(BankAccount::id)).containsExactly("acc-1");
            assertThat(accounts.pagesFetched()).isEqualTo(1);
            assertThat(accounts.lastMeta().matchingItems()).as("Qonto counted nothing").isNull();
        }
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void withoutMetaAFullPageIsFollowedByTheNextOne() {
        wm.stubFor(get(urlPathEqualTo("/v2/bank_accounts")).withQueryParam("page", equalTo("1")).willReturn(okJson(
                "{\"bank_accounts\":[{\"id\":\"acc-1\"},{\"id\":\"acc-2\"}]}")));
        wm.stubFor(get(urlPathEqualTo("/v2/bank_accounts")).withQueryParam("page", equalTo("2")).willReturn(okJson(
                "{\"bank_accounts\":[{\"id\":\"acc-3\"}]}")));

        try (QontoClient client = client(10)) {
            QontoPages<BankAccount> accounts = client.paginate(QontoCall.of(QontoOperation.LIST_BANK_ACCOUNTS).build(), null);
            assertThat(accounts.stream().map(BankAccount::id)).containsExactly("acc-1", "acc-2", "acc-3");
            assertThat(accounts.pagesFetched()).isEqualTo(2);
        }
        assertThat(wm.getAllServeEvents()).hasSize(2);
    }

    @Test
    void stopsAtThePageCapAndSaysSo() {
        transactionsPage(1, meta(1, 2, 5), "tx-1", "tx-2");
        transactionsPage(2, meta(2, 3, 5), "tx-3", "tx-4");
        transactionsPage(3, meta(3, 4, 5), "tx-5", "tx-6");

        try (QontoClient client = client(2)) {
            QontoPages<Transaction> pages = client.paginate(listTransactions(), Transaction.class);
            assertThat(pages.stream().map(Transaction::id)).containsExactly("tx-1", "tx-2", "tx-3", "tx-4");
            assertThat(pages.truncated()).isTrue();
            assertThat(pages.pagesFetched()).isEqualTo(2);
        }
        assertThat(requests()).hasSize(2);
    }

    @Test
    void fetchesLazilyOnePageAtATime() {
        transactionsPage(1, meta(1, 2, 2), "tx-1", "tx-2");
        transactionsPage(2, meta(2, null, 2), "tx-3");

        try (QontoClient client = client(10)) {
            QontoPages<Transaction> pages = client.paginate(listTransactions(), Transaction.class);
            assertThat(requests()).isEmpty();

            Iterator<Transaction> it = pages.iterator();
            assertThat(it.next().id()).isEqualTo("tx-1");
            assertThat(it.next().id()).isEqualTo("tx-2");
            assertThat(requests()).hasSize(1);

            assertThat(it.next().id()).isEqualTo("tx-3");
            assertThat(requests()).hasSize(2);
            assertThat(it.hasNext()).isFalse();
            assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(pages::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void startsAtThePageOfTheCall() {
        transactionsPage(4, meta(4, null, 4), "tx-7");

        try (QontoClient client = client(10)) {
            assertThat(client.paginate(QontoCall.of(QontoOperation.LIST_TRANSACTIONS).query("page", 4).build(), JsonNode.class)
                    .stream().map(n -> n.get("id").asText())).containsExactly("tx-7");
        }
    }

    @Test
    void onlyPagedOperationsPage() {
        try (QontoClient client = client(10)) {
            assertThatThrownBy(() -> client.paginate(QontoCall.of(QontoOperation.GET_ORGANIZATION).build(), null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
