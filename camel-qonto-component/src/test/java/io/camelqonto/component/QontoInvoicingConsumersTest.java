package io.camelqonto.component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.ClientInvoice;
import io.camelqonto.model.Quote;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client invoices, credit notes and quotes consumed by creation time: Qonto filters them with
 * {@code filter[created_at_from]} and sorts them by {@code created_at}, which is what their consumers resume from.
 */
class QontoInvoicingConsumersTest extends QontoTestSupport {

    @Override
    protected void configure(QontoConfiguration configuration) {
        pointAtEmulator(configuration);
        useApiKey(configuration);
    }

    @Override
    protected boolean useJmx() {
        return false;
    }

    @Test
    void everyInvoiceIsDeliveredOnceInCreationOrderThenTheNewOnes() throws Exception {
        List<String> seeded = idsByCreation(emulator.store().clientInvoices());
        context.addRoutes(route("qonto:clientInvoices?perPage=3&initialDelay=0&delay=50", "mock:invoices"));
        MockEndpoint invoices = getMockEndpoint("mock:invoices");
        invoices.expectedMessageCount(seeded.size());
        invoices.assertIsSatisfied(15_000);
        assertThat(idsOf(invoices.getReceivedExchanges())).containsExactlyElementsOf(seeded);

        ClientInvoice created = template.requestBody("qonto:clientInvoice?operation=create",
                QontoClientInvoicesTest.newInvoice("draft"), ClientInvoice.class);
        invoices.reset();
        invoices.expectedMessageCount(1);
        invoices.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/client_invoices", 3);

        assertThat(idsOf(invoices.getReceivedExchanges())).containsExactly(created.id());
        assertThat(invoices.getReceivedExchanges().get(0).getMessage().getHeader(QontoConstants.CURSOR))
                .isEqualTo(created.createdAt());
        List<RecordedRequest> polls = apiCalls("GET", "/v2/client_invoices");
        assertThat(polls).allSatisfy(call -> assertThat(decodedQuery(call))
                .contains("sort_by=created_at:asc", "per_page=3").doesNotContain("&created_at_from="));
        assertThat(polls).anySatisfy(call -> assertThat(decodedQuery(call)).contains("filter[created_at_from]="));
    }

    @Test
    void aLowerBoundOfTheEndpointIsKept() throws Exception {
        List<Map<String, Object>> notes = emulator.store().creditNotes().stream()
                .sorted(Comparator.comparing(n -> n.get("created_at").toString())).toList();
        Instant between = Instant.parse(notes.get(0).get("created_at").toString()).plusSeconds(1);
        context.addRoutes(route("qonto:creditNotes?createdAtFrom=" + between + "&initialDelay=0&delay=50",
                "mock:notes"));
        MockEndpoint received = getMockEndpoint("mock:notes");
        received.expectedMessageCount(notes.size() - 1);
        received.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/credit_notes", 2);

        assertThat(idsOf(received.getReceivedExchanges())).containsExactlyElementsOf(
                notes.subList(1, notes.size()).stream().map(n -> (String) n.get("id")).toList());
        assertThat(decodedQuery(apiCalls("GET", "/v2/credit_notes").get(0)))
                .contains("filter[created_at_from]=" + between);
    }

    @Test
    void pendingQuotesAreConsumedWithTheirFilter() throws Exception {
        List<String> pending = idsByCreation(emulator.store().quotes().stream()
                .filter(q -> "pending_approval".equals(q.get("status"))).toList());
        context.addRoutes(route("qonto:quotes?status=pending_approval&initialDelay=0&delay=50", "mock:quotes"));
        MockEndpoint quotes = getMockEndpoint("mock:quotes");
        quotes.expectedMessageCount(pending.size());
        quotes.assertIsSatisfied(15_000);

        assertThat(idsOf(quotes.getReceivedExchanges())).containsExactlyElementsOf(pending);
        assertThat(quotes.getReceivedExchanges()).allSatisfy(e -> assertThat(e.getMessage().getBody(Quote.class)
                .status()).isEqualTo("pending_approval"));
        assertThat(decodedQuery(apiCalls("GET", "/v2/quotes").get(0)))
                .contains("filter[status]=pending_approval", "sort_by=created_at:asc");
    }

    private static List<String> idsByCreation(List<Map<String, Object>> items) {
        return items.stream().sorted(Comparator.comparing((Map<String, Object> i) -> i.get("created_at").toString())
                .thenComparing(i -> i.get("id").toString())).map(i -> (String) i.get("id")).toList();
    }

    private static RouteBuilder route(String from, String to) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(to);
            }
        };
    }

    private static List<String> idsOf(List<Exchange> exchanges) {
        return exchanges.stream().map(e -> e.getMessage().getHeader(QontoConstants.ID, String.class)).toList();
    }
}
