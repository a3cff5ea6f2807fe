package io.camelqonto.component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.error.QontoValidationException;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.Money;
import io.camelqonto.model.NewPaymentLink;
import io.camelqonto.model.PaymentLink;
import io.camelqonto.model.PaymentLinkConnection;
import io.camelqonto.model.PaymentLinkPayment;
import io.camelqonto.model.PaymentLinkPaymentMethod;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Payment links through routes, with OAuth, the only way Qonto lets them be used. */
class QontoPaymentLinksTest extends QontoTestSupport {

    @Test
    void anOrganizationConnectsOnceThenCreatesLinksWhenOnboarded() {
        emulator.store().disconnectPaymentLinks();
        Map<String, Object> connection = Map.of("partnerCallbackUrl", "https://shop.example.com/qonto/back",
                "userBankAccountId", mainAccountId(), "userPhoneNumber", "+33612345678",
                "userWebsiteUrl", "https://shop.example.com");

        PaymentLinkConnection pending = template.requestBodyAndHeader("qonto:paymentLinkConnection", connection,
                QontoConstants.OPERATION, "create", PaymentLinkConnection.class);
        assertThat(pending.status()).isEqualTo("pending");
        assertThat(pending.bankAccountId()).isEqualTo(mainAccountId());
        assertThat(pending.connectionLocation()).startsWith("https://");

        assertThatThrownBy(() -> template.requestBody("qonto:paymentLink?operation=create", newLink()))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(QontoValidationException.class)
                .satisfies(e -> assertThat(((QontoValidationException) e).codes())
                        .contains("payment_links_not_enabled"));

        emulator.store().completePaymentLinkOnboarding();
        PaymentLinkConnection status = template.requestBody("qonto:paymentLinkConnection", null,
                PaymentLinkConnection.class);
        PaymentLink link = template.requestBody("qonto:paymentLink?operation=create", newLink(), PaymentLink.class);

        assertThat(status.status()).isEqualTo("enabled");
        assertThat(link.status()).isEqualTo("open");
        assertThat(link.amount()).isEqualTo(Money.of("360.00", "EUR"));
        RecordedRequest create = apiCalls("POST", "/v2/payment_links").stream()
                .filter(call -> call.path().equals("/v2/payment_links")).reduce((a, b) -> b).orElseThrow();
        assertThat(create.body()).startsWith("{\"payment_link\":{").contains("\"quantity\":3");
    }

    @Test
    void linksAreListedByStatusReadAndDeactivated() {
        List<?> open = template.requestBody("qonto:paymentLinks?status=open,processing", null, List.class);
        PaymentLink first = (PaymentLink) open.get(0);

        PaymentLink read = template.requestBodyAndHeader("qonto:paymentLink", null, QontoConstants.ID, first.id(),
                PaymentLink.class);
        PaymentLink deactivated = template.requestBodyAndHeader("qonto:paymentLink?operation=deactivate", null,
                QontoConstants.ID, first.id(), PaymentLink.class);

        assertThat(open).allSatisfy(l -> assertThat(((PaymentLink) l).status()).isIn("open", "processing"));
        assertThat(read).isEqualTo(first);
        assertThat(deactivated.status()).isEqualTo("canceled");
        assertThat(decodedQuery(apiCalls("GET", "/v2/payment_links").get(0))).contains("status=open,processing");
    }

    @Test
    void thePaymentsOfALinkArePagedByItsId() {
        String linkId = (String) emulator.store().paymentLinks().get(0).get("id");

        List<?> payments = template.requestBodyAndHeader("qonto:paymentLinkPayments?perPage=1", null,
                QontoConstants.ID, linkId, List.class);

        assertThat(payments).hasSize(emulator.store().paymentLinkPayments(linkId).size()).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(((PaymentLinkPayment) p).amount().currency()).isEqualTo("EUR"));
        assertThat(apiCalls("GET", "/v2/payment_links/" + linkId + "/payments")).hasSize(payments.size());
        // the link can be the endpoint's parentId too, as for the consumer
        assertThat(template.requestBody("qonto:paymentLinkPayments?parentId=" + linkId, null, List.class))
                .isEqualTo(payments);
    }

    @Test
    void thePaymentMethodsOnOfferDependOnTheCurrency() {
        List<?> inDollars = template.requestBody("qonto:paymentLink?operation=paymentMethods&amount=25.00&currency=USD", null,
                List.class);
        List<?> inFrench = template.requestBody("qonto:paymentLink?operation=paymentMethods&locale=fr", null, List.class);

        assertThat(inDollars).extracting(m -> ((PaymentLinkPaymentMethod) m).name()).contains("credit_card", "ideal");
        assertThat(inDollars).filteredOn(m -> "ideal".equals(((PaymentLinkPaymentMethod) m).name()))
                .singleElement().satisfies(m -> assertThat(((PaymentLinkPaymentMethod) m).enabled()).isFalse());
        assertThat(inFrench).allSatisfy(m -> assertThat(((PaymentLinkPaymentMethod) m).enabled()).isTrue());
    }

    @Test
    void anInvalidLinkNamesEveryFieldAndSendsNothing() {
        NewPaymentLink link = new NewPaymentLink(List.of(), null, List.of(new PaymentLink.Item("Seat",
                BigDecimal.ZERO, Money.of("12.345", "EUR"), "0.2", "Good", null, null, null)), null, null, null, null,
                null);

        assertThatThrownBy(() -> template.requestBody("qonto:paymentLink?operation=create", link))
                .cause().isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactly(
                        "payment_link.potential_payment_methods", "payment_link.items[0].quantity",
                        "payment_link.items[0].unit_price.value", "payment_link.items[0].type"));
        assertThatThrownBy(() -> context.getEndpoint("qonto:paymentLink?operation=paymentMethods&currency=EUR").start())
                .hasMessageContaining("amount");
        assertThat(apiCalls("POST", "/v2/payment_links")).isEmpty();
    }

    @Test
    void anApiKeyIsRefusedBeforeAnythingIsSentAsQontoWouldRefuseIt() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            QontoConfiguration configuration = camel.getComponent("qonto", QontoComponent.class).getConfiguration();
            pointAtEmulator(configuration);
            useApiKey(configuration);
            camel.start();

            assertThat(rootCause(catchThrowable(
                    () -> camel.createProducerTemplate().requestBody("qonto:paymentLinks", (Object) null))))
                    .isInstanceOf(QontoOAuthRequiredException.class)
                    .hasMessageContaining("paymentLinks list needs OAuth");
        }
        assertThat(apiCalls("GET", "/v2/payment_links")).isEmpty();
    }

    private static NewPaymentLink newLink() {
        return new NewPaymentLink(List.of("credit_card", "paypal"), false, List.of(new PaymentLink.Item(
                "Workshop seat", new BigDecimal("3"), Money.of("100.00", "EUR"), "0.2", "service", null, null, null)),
                null, null, null, null, null);
    }
}
