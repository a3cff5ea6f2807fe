package io.camelqonto.component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.catalog.Action;
import io.camelqonto.component.dsl.QontoEndpointBuilderFactory.QontoBuilders;
import io.camelqonto.component.dsl.QontoEndpointBuilderFactory.QontoEndpointBuilder;
import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.Iban;
import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Java routes written with the generated Endpoint DSL: its builders make the URIs users write, and they run. */
class QontoEndpointDslTest extends QontoTestSupport implements QontoBuilders {

    private static final String NOTE = "Not one of our suppliers";

    @Test
    void reviewsThePendingTransferRequestsARouteOfBuildersConsumes() throws Exception {
        // a creditor the route does not know, so that it declines at least one request
        emulator.store().addRequest(Map.of("request_type", "transfer", "creditor_name", "Unknown Supplier SARL"));
        List<Map<String, Object>> transfers = pending().stream()
                .filter(request -> "transfer".equals(request.get("request_type"))).toList();
        String supplier = (String) transfers.get(0).get("creditor_name");
        List<Object> others = pending().stream().filter(request -> !"transfer".equals(request.get("request_type")))
                .map(request -> request.get("id")).toList();
        assertThat(others).isNotEmpty();
        MockEndpoint reviewed = getMockEndpoint("mock:reviewed");
        reviewed.expectedMessageCount(transfers.size());

        context.addRoutes(new ReviewRoutes(supplier));

        reviewed.assertIsSatisfied(15_000);
        assertThat(transfers).allSatisfy(request -> {
            Map<String, Object> now = emulator.store().request((String) request.get("id")).orElseThrow();
            if (supplier.equals(request.get("creditor_name"))) {
                assertThat(now).containsEntry("status", "approved");
            } else {
                assertThat(now).containsEntry("status", "declined").containsEntry("declined_note", NOTE);
            }
        });
        assertThat(transfers).anySatisfy(request -> assertThat(request.get("creditor_name")).isNotEqualTo(supplier));
        // the requestType option reached the consumer: the other pending requests were not delivered
        assertThat(others).allSatisfy(id -> assertThat(emulator.store().request((String) id).orElseThrow())
                .containsEntry("status", "pending"));
    }

    @Test
    void buildsTheUriUsersWrite() throws Exception {
        String account = mainAccountId();

        QontoEndpointBuilder builder = qonto("transactions").bankAccountId(account).status("completed")
                .query("cashflow_category", "rent").advanced().maxAttempts(2).basic();

        assertThat(builder.getRawUri()).isEqualTo("qonto://transactions?bankAccountId=" + account
                + "&maxAttempts=2&query.cashflow_category=rent&status=completed");
        assertThat(builder.resolve(context)).isSameAs(context.getEndpoint("qonto:transactions?status=completed"
                + "&bankAccountId=" + account + "&query.cashflow_category=rent&maxAttempts=2"));
    }

    @Test
    void printsNeitherASecretNorAnIban() {
        String iban = mainAccountIban();

        QontoEndpointBuilder builder = qonto("transactions").iban(iban).secretKey("s3cr3t-key").status("completed");
        QontoEndpointBuilder passedThrough = qonto("transactions").query("iban", iban);

        assertThat(builder.toString()).doesNotContain(iban, "s3cr3t-key")
                .isEqualTo("qonto://transactions?iban=xxxxxx&secretKey=xxxxxx&status=completed");
        assertThat(passedThrough.toString()).doesNotContain(iban).contains("query.iban=" + URLEncoder.encode(
                Iban.mask(iban), StandardCharsets.UTF_8));
        // the endpoint is made from the URI, which keeps them
        assertThat(builder.getRawUri()).contains("iban=" + iban, "secretKey=s3cr3t-key");
    }

    private static List<Map<String, Object>> pending() {
        return emulator.store().requests().stream().filter(request -> "pending".equals(request.get("status")))
                .toList();
    }

    /** The README's approval route in the Endpoint DSL: known suppliers approved, the others declined with a note. */
    private static final class ReviewRoutes extends RouteBuilder implements QontoBuilders {

        private final String supplier;

        ReviewRoutes(String supplier) {
            this.supplier = supplier;
        }

        @Override
        public void configure() {
            Predicate knownSupplier
                    = exchange -> supplier.equals(exchange.getMessage().getBody(ApprovalRequest.class).creditorName());
            from(qonto("requests").status("pending").requestType("transfer").initialDelay(0).delay(50))
                    .choice()
                        .when(knownSupplier)
                            .to(qonto("request").operation(Action.approve).scaMode("mock"))
                        .otherwise()
                            .setHeader(qonto().qontoDeclinedNote(), constant(NOTE))
                            .to(qonto("request").operation(Action.decline))
                    .end()
                    .to("mock:reviewed");
        }
    }
}
