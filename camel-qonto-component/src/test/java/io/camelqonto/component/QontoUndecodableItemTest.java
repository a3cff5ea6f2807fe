package io.camelqonto.component;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.camelqonto.client.error.QontoDecodingException;
import io.camelqonto.model.Transaction;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item Qonto sends in a shape the model cannot read fails on every poll the same way: the consumer hands it, with
 * its raw JSON, to the route's error handler (with bridgeErrorHandler, a dead letter channel takes it) and goes on.
 */
class QontoUndecodableItemTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension qonto = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PAGE = "{\"transactions\":["
            + item("tx-1", "2025-03-01T10:00:00Z", "100")
            + "," + item("tx-2", "2025-03-01T11:00:00Z", "1250.7")
            + "," + item("tx-3", "2025-03-01T12:00:00Z", "300")
            + "],\"meta\":{\"current_page\":1,\"next_page\":null,\"total_pages\":1,\"total_count\":3}}";

    private static String item(String id, String updatedAt, String amountCents) {
        return "{\"id\":\"" + id + "\",\"updated_at\":\"" + updatedAt + "\",\"amount_cents\":" + amountCents
               + ",\"status\":\"completed\",\"side\":\"debit\"}";
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        return QontoTestSupport.pointAtStub(super.createCamelContext(), qonto.baseUrl());
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        qonto.stubFor(get(urlPathEqualTo("/v2/transactions")).willReturn(okJson(PAGE)));
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead"));
                from("qonto:transactions?bankAccountId=acc-1&bridgeErrorHandler=true&delay=50")
                        .to("mock:delivered");
            }
        };
    }

    @Test
    void goesToTheDeadLetterChannelWithItsJsonAndTheStreamGoesOn() throws Exception {
        MockEndpoint delivered = getMockEndpoint("mock:delivered");
        MockEndpoint dead = getMockEndpoint("mock:dead");
        delivered.expectedMessageCount(2);
        dead.expectedMessageCount(1);

        MockEndpoint.assertIsSatisfied(context, 10, java.util.concurrent.TimeUnit.SECONDS);
        // later polls read the same page and deliver nothing again, neither the good items nor the bad one
        int polls = qonto.findAll(getRequestedFor(urlPathEqualTo("/v2/transactions"))).size();
        QontoTestSupport.await("more polls", java.time.Duration.ofSeconds(10),
                () -> qonto.findAll(getRequestedFor(urlPathEqualTo("/v2/transactions"))).size() >= polls + 3);

        assertThat(delivered.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Transaction.class).id())
                .containsExactly("tx-1", "tx-3");
        Exchange failed = dead.getReceivedExchanges().get(0);
        assertThat(failed.getMessage().getHeader(QontoConstants.RAW_JSON, String.class)).contains("\"id\":\"tx-2\"")
                .contains("1250.7");
        assertThat(failed.getMessage().getHeader(QontoConstants.ID)).isEqualTo("tx-2");
        Throwable cause = failed.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        assertThat(cause).isInstanceOf(QontoDecodingException.class)
                .hasMessageContaining("transactions[1].amount_cents").hasMessageNotContaining("1250.7");
        assertThat(delivered.getReceivedCounter()).isEqualTo(2);
        assertThat(dead.getReceivedCounter()).isEqualTo(1);
    }
}
