package io.camelqonto.component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.camelqonto.client.error.QontoValidationException;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.Transaction;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Filters and inputs as the catalog rows declare them: open values, parameters the catalog does not know yet, per
 * message overrides, the body's output type, and what Camel's tooling learns from the generated options.
 */
class QontoCatalogOptionsTest extends QontoTestSupport {

    @Test
    void aStatusQontoAddsLaterIsSentWithAWarningThatNamesTheKnownValues() {
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(ParameterValues.class);
        warnings.start();
        logger.addAppender(warnings);
        try {
            // the emulator knows no such status and answers as Qonto does today; the point is that it was asked
            Throwable answer = catchThrowable(() -> template.requestBody("qonto:requests?status=on_hold", (Object) null));

            assertThat(rootCause(answer)).isInstanceOf(QontoValidationException.class);
            assertThat(decodedQuery(apiCalls("GET", "/v2/requests").get(0))).contains("status[]=on_hold");
            assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anyMatch(m -> m.contains("'on_hold' is not a value Qonto documents (pending, approved, declined,"
                                              + " canceled)"));
        } finally {
            logger.detachAppender(warnings);
        }
    }

    @Test
    void aRequestTypeQontoAddsLaterIsApprovedAtItsPluralPath() {
        Throwable answer = catchThrowable(() -> template.requestBodyAndHeaders("qonto:request?operation=approve", null,
                Map.of(QontoConstants.ID, "4d8b1d2e-0c5b-4a11-9d2f-6f6a3e1c0a11",
                        QontoConstants.REQUEST_TYPE, "card_order")));

        // the emulator knows no such type; the point is that the call went out as Qonto's URL scheme says
        assertThat(answer).isNotNull();
        assertThat(apiCalls("POST", "/v2/requests/")).singleElement()
                .satisfies(call -> assertThat(call.path())
                        .isEqualTo("/v2/requests/card_orders/4d8b1d2e-0c5b-4a11-9d2f-6f6a3e1c0a11/approve"));
    }

    @Test
    void queryPrefixSendsAParameterTheCatalogDoesNotKnowYet() {
        template.requestBody("qonto:transactions?bankAccountId=" + mainAccountId()
                             + "&query.cashflow_category=rent&maxPages=1", null, List.class);

        RecordedRequest call = apiCalls("GET", "/v2/transactions").get(0);
        assertThat(decodedQuery(call)).contains("cashflow_category=rent").contains("bank_account_id=");
    }

    @Test
    void queryPrefixWithAKnownParameterIsCheckedLikeTheOption() {
        Throwable thrown = catchThrowable(() -> context.getEndpoint(
                "qonto:transactions?bankAccountId=" + mainAccountId() + "&query.updated_at_from=last-week"));

        assertThat(rootCause(thrown)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("query.updated_at_from: 'last-week' is not an ISO-8601 timestamp");
    }

    @Test
    void aHeaderOverridesTheEndpointsFiltersForOneMessageOnly() {
        String uri = "qonto:requests?status=pending&maxPages=1";
        List<?> approved = template.requestBodyAndHeader(uri, null, QontoConstants.QUERY,
                Map.of("status", "approved", "request_type[]", "transfer"), List.class);
        List<?> pending = template.requestBody(uri, null, List.class);

        List<RecordedRequest> calls = apiCalls("GET", "/v2/requests");
        assertThat(decodedQuery(calls.get(0))).contains("status[]=approved").contains("request_type[]=transfer")
                .doesNotContain("status[]=pending");
        assertThat(decodedQuery(calls.get(1))).contains("status[]=pending").doesNotContain("approved");
        assertThat(approved).isNotEmpty().allSatisfy(r -> assertThat(((io.camelqonto.model.ApprovalRequest) r)
                .status()).isEqualTo("approved"));
        assertThat(pending).isNotEmpty();
    }

    @Test
    void aBadHeaderOverrideIsRefusedBeforeAnythingIsSent() {
        Throwable thrown = catchThrowable(() -> template.requestBodyAndHeader("qonto:requests", null,
                QontoConstants.QUERY, Map.of("createdAtFrom", "tomorrow")));

        assertThat(thrown).isInstanceOf(CamelExecutionException.class);
        assertThat(rootCause(thrown)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("createdAtFrom: 'tomorrow' is not an ISO-8601 timestamp");
        assertThat(apiCalls()).isEmpty();
    }

    @Test
    void aProducerHandsOutTheModelJsonOrAMap() {
        String id = (String) emulator.store().transactions().get(0).get("id");

        Object model = template.requestBodyAndHeader("qonto:transaction", null, QontoConstants.ID, id);
        Object json = template.requestBodyAndHeader("qonto:transaction?outputType=json", null, QontoConstants.ID, id);
        Object map = template.requestBodyAndHeader("qonto:transaction?outputType=map", null, QontoConstants.ID, id);

        assertThat(model).isInstanceOfSatisfying(Transaction.class, t -> assertThat(t.id()).isEqualTo(id));
        assertThat(json).isInstanceOfSatisfying(String.class,
                text -> assertThat(text).startsWith("{").contains("\"id\":\"" + id + "\""));
        assertThat(map).isInstanceOfSatisfying(Map.class, m -> assertThat(m.get("id")).isEqualTo(id));
    }

    @Test
    void aConsumerHandsOutMapsWithTheSameHeaders() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:requests?status=pending&outputType=map&delay=100000").to("mock:requests");
            }
        });
        MockEndpoint mock = getMockEndpoint("mock:requests");
        long pending = emulator.store().requests().stream().filter(r -> "pending".equals(r.get("status"))).count();
        mock.expectedMessageCount((int) pending);

        mock.assertIsSatisfied();
        Map<?, ?> first = mock.getExchanges().get(0).getMessage().getBody(Map.class);
        assertThat(first.get("status")).isEqualTo("pending");
        assertThat(mock.getExchanges().get(0).getMessage().getHeader(QontoConstants.ID)).isEqualTo(first.get("id"));
        assertThat(mock.getExchanges().get(0).getMessage().getHeader(QontoConstants.REQUEST_TYPE))
                .isEqualTo(first.get("request_type"));
    }

    @Test
    void camelToolingRejectsAMisspeltFilterAndAValueQontoDoesNotDocument() throws Exception {
        DefaultCamelCatalog catalog = new DefaultCamelCatalog();
        Path json = Path.of("src/generated/resources/META-INF/io/camelqonto/component/qonto.json");
        catalog.addComponent("qonto", QontoComponent.class.getName(), Files.readString(json, StandardCharsets.UTF_8));

        EndpointValidationResult misspelt = catalog.validateEndpointProperties("qonto:requests?stauts=pending");
        EndpointValidationResult badValue = catalog.validateEndpointProperties("qonto:requests?status=pendng");
        EndpointValidationResult good = catalog.validateEndpointProperties(
                "qonto:transactions?bankAccountId=abc&status=completed&side=debit&query.cashflow_category=rent");

        assertThat(misspelt.getUnknown()).containsExactly("stauts");
        assertThat(badValue.getInvalidEnum()).containsEntry("status", "pendng");
        assertThat(good.isSuccess()).as(good.summaryErrorMessage(false)).isTrue();
    }
}
