package io.camelqonto.component;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelqonto.client.catalog.Action;
import io.camelqonto.client.QontoOperation;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every collection that can be listed can be consumed: for each consumable resource of the catalog, a consumer route
 * against the emulator delivers exactly the items the resource's {@code list} answers, each once, as the list's model,
 * and nothing more on the polls that follow.
 */
class QontoEveryCollectionConsumedTest extends QontoTestSupport {

    static Stream<String> consumableResources() {
        return QontoResource.all().stream().filter(QontoResource::isConsumable).map(QontoResource::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consumableResources")
    void theConsumerDeliversEachListedItemOnce(String resource) throws Exception {
        if (resource.equals("webhookSubscriptions")) {
            // the seed holds none: this application subscribes first
            template.requestBody("qonto:webhookSubscription?operation=create", Map.of(
                    "callback_url", "https://example.com/qonto", "types", List.of("v1/transactions")));
        }
        String filters = filtersOf(resource);
        String parent = parentOf(resource);
        List<?> listed = template.requestBodyAndHeader("qonto:" + resource + "?maxPages=1000" + filters, null,
                QontoConstants.ID, parent, List.class);
        assertThat(listed).as("the emulator's seed has %s to consume", resource).isNotEmpty();
        List<String> listedIds = listed.stream().map(QontoEveryCollectionConsumedTest::id).toList();

        MockEndpoint consumed = getMockEndpoint("mock:consumed");
        consumed.expectedMessageCount(listed.size());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:" + resource + "?initialDelay=0&delay=50&perPage=2" + filters
                     + (parent == null ? "" : "&parentId=" + parent)).to("mock:consumed");
            }
        });
        consumed.assertIsSatisfied(15_000);
        awaitMorePolls(listPath(resource), 3);

        Class<?> model = QontoResource.fromPath(resource).operations().get(Action.list).resultType();
        assertThat(consumed.getReceivedExchanges()).hasSize(listed.size())
                .allSatisfy(exchange -> assertThat(exchange.getMessage().getBody()).isInstanceOf(model));
        assertThat(consumed.getReceivedExchanges())
                .extracting(exchange -> exchange.getMessage().getHeader(QontoConstants.ID, String.class))
                .containsExactlyInAnyOrderElementsOf(listedIds);
        assertThat(consumed.getReceivedExchanges()).map(Exchange::getMessage)
                .allSatisfy(message -> assertThat(message.getHeader(QontoConstants.RESOURCE)).isEqualTo(resource));
    }

    /** The filters a resource cannot be listed without. */
    private static String filtersOf(String resource) {
        return switch (resource) {
            case "transactions" -> "&bankAccountId=" + mainAccountId();
            case "internationalBeneficiaries" -> "&currency=USD";
            default -> "";
        };
    }

    /** The object a collection read under one belongs to: a seeded link with payments, a transaction with files. */
    private static String parentOf(String resource) {
        return switch (resource) {
            case "paymentLinkPayments" -> (String) emulator.store().paymentLinks().get(0).get("id");
            case "transactionAttachments" -> (String) emulator.store().transactions().stream()
                    .filter(transaction -> !((List<?>) transaction.get("attachment_ids")).isEmpty())
                    .map(transaction -> transaction.get("id")).findFirst().orElseThrow();
            default -> null;
        };
    }

    private static String listPath(String resource) {
        QontoOperation list = QontoResource.fromPath(resource).operations().get(Action.list);
        String template = list.pathTemplate();
        int placeholder = template.indexOf('{');
        return placeholder < 0 ? template : template.substring(0, placeholder);
    }

    private static String id(Object item) {
        try {
            return (String) item.getClass().getMethod("id").invoke(item);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(item.getClass() + " has no id()", e);
        }
    }
}
