package io.camelqonto.component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.camelqonto.model.Transaction;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer asks for a page as soon as the bytes of the one before arrived, on what those bytes say. When the decoded
 * page says otherwise (here one instant written two ways, which the bytes count as two instants), the page asked for
 * early is dropped and the page the walk names is read: every item is delivered once, in order.
 */
class QontoReadAheadForecastTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension qonto = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TRANSACTIONS = "/v2/transactions";

    private static String item(String id, String updatedAt) {
        return "{\"id\":\"" + id + "\",\"updated_at\":\"" + updatedAt + "\",\"amount_cents\":100,"
               + "\"status\":\"completed\",\"side\":\"debit\"}";
    }

    private static String page(int page, boolean last, String... items) {
        return "{\"transactions\":[" + String.join(",", items) + "],\"meta\":{\"current_page\":" + page
               + ",\"next_page\":" + (last ? "null" : page + 1) + ",\"per_page\":2}}";
    }

    private static void answer(String from, int page, String body) {
        qonto.stubFor(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("updated_at_from", equalTo(from))
                .withQueryParam("page", equalTo(Integer.toString(page))).willReturn(okJson(body)));
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        return QontoTestSupport.pointAtStub(super.createCamelContext(), qonto.baseUrl());
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        String a = item("tx-a", "2025-03-01T09:00:01.000Z");
        String b = item("tx-b", "2025-03-01T09:00:01Z");
        String c = item("tx-c", "2025-03-01T09:00:02Z");
        String d = item("tx-d", "2025-03-01T09:00:03Z");
        qonto.stubFor(get(urlPathEqualTo(TRANSACTIONS)).atPriority(10).willReturn(okJson(page(1, true))));
        answer("2025-03-01T09:00:00Z", 1, page(1, false, a, b));
        // what the bytes of that page forecast: one item ends at 09:00:01, so the first page of that instant
        answer("2025-03-01T09:00:01Z", 1, page(1, false, a, b));
        // what the decoded page names: two items end at 09:00:01, a whole page of them, so the second page
        answer("2025-03-01T09:00:01Z", 2, page(2, true, c, d));
        answer("2025-03-01T09:00:03Z", 1, page(1, true, d));
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:transactions?bankAccountId=acc-1&startFrom=2025-03-01T09:00:00Z&perPage=2&delay=50")
                        .to("mock:delivered");
            }
        };
    }

    @Test
    void aPageAskedForOnBytesTheDecodedPageContradictsIsNeverDelivered() throws Exception {
        MockEndpoint delivered = getMockEndpoint("mock:delivered");
        delivered.expectedMessageCount(4);

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        int polls = qonto.findAll(getRequestedFor(urlPathEqualTo(TRANSACTIONS))
                .withQueryParam("updated_at_from", equalTo("2025-03-01T09:00:03Z"))).size();
        QontoTestSupport.await("more polls", Duration.ofSeconds(10),
                () -> qonto.findAll(getRequestedFor(urlPathEqualTo(TRANSACTIONS))
                        .withQueryParam("updated_at_from", equalTo("2025-03-01T09:00:03Z"))).size() >= polls + 2);

        assertThat(delivered.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Transaction.class).id())
                .containsExactly("tx-a", "tx-b", "tx-c", "tx-d");
        assertThat(qonto.findAll(getRequestedFor(urlPathEqualTo(TRANSACTIONS))
                .withQueryParam("updated_at_from", equalTo("2025-03-01T09:00:01Z"))
                .withQueryParam("page", equalTo("2")))).hasSize(1);
        // the page asked for early cost at most its own request; later polls start from 09:00:03
        assertThat(qonto.findAll(getRequestedFor(urlPathEqualTo(TRANSACTIONS))
                .withQueryParam("updated_at_from", equalTo("2025-03-01T09:00:01Z"))
                .withQueryParam("page", equalTo("1")))).hasSizeLessThanOrEqualTo(1);
        // the walk never went on from the page asked for early, as if it were the second page of the instant
        assertThat(qonto.findAll(getRequestedFor(urlPathEqualTo(TRANSACTIONS))
                .withQueryParam("page", equalTo("3")))).isEmpty();
    }
}
