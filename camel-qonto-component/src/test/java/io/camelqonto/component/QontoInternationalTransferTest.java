package io.camelqonto.component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.CurrencyAmount;
import io.camelqonto.model.InternationalBeneficiary;
import io.camelqonto.model.InternationalCurrency;
import io.camelqonto.model.InternationalEligibility;
import io.camelqonto.model.InternationalQuote;
import io.camelqonto.model.InternationalRequirement;
import io.camelqonto.model.InternationalTransfer;
import io.camelqonto.model.InternationalTransferDraft;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.NewInternationalBeneficiary;
import io.camelqonto.model.NewInternationalQuote;
import io.camelqonto.model.NewInternationalTransfer;
import io.camelqonto.model.SavedInternationalBeneficiary;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** International transfers through routes, from eligibility to the transfer, as Qonto's flow goes. */
class QontoInternationalTransferTest extends QontoTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The details of a US beneficiary paid by ACH, by the keys of the requirements (camelCase, as Qonto gives them). */
    private static Map<String, Object> achDetails(String holder) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("legalType", "BUSINESS");
        details.put("accountHolderName", holder);
        details.put("abaCode", "026009593");
        details.put("accountNumber", "8310000123");
        details.put("accountType", "CHECKING");
        details.put("address", Map.of("country", "US", "city", "New York", "firstLine", "50 Main Street",
                "postCode", "10001"));
        return details;
    }

    @Test
    void quotesCreatesABeneficiaryAndSendsTheTransferOnceUnderSca() throws Exception {
        InternationalEligibility eligibility = template.requestBody("qonto:internationalTransfer?operation=eligibility", null,
                InternationalEligibility.class);
        List<?> currencies = template.requestBody(
                "qonto:internationalTransfer?operation=currencies&source=EUR", null, List.class);
        InternationalQuote quote = template.requestBody("qonto:internationalQuote",
                new NewInternationalQuote("EUR", "USD", "1000.00", null), InternationalQuote.class);
        List<?> beneficiaryRequirements = template.requestBody("qonto:internationalBeneficiary?operation=requirements",
                new NewInternationalBeneficiary(quote.id(), null,
                        new NewInternationalBeneficiary.Payload("USD", "aba", Map.of())), List.class);
        Exchange saved = template.request("qonto:internationalBeneficiary", e -> e.getMessage().setBody(Map.of(
                "quoteId", quote.id(),
                "payload", Map.of("currency", "USD", "type", "aba", "details", achDetails("Acme Rockets LLC")))));
        SavedInternationalBeneficiary beneficiary = saved.getMessage().getBody(SavedInternationalBeneficiary.class);
        String targetAccount = saved.getMessage().getHeader("CamelQontoTargetAccountId", String.class);
        List<?> transferRequirements = template.requestBody("qonto:internationalTransfer?operation=requirements",
                new InternationalTransferDraft(quote.id(), targetAccount, null), List.class);
        InternationalTransfer transfer = template.requestBody("qonto:internationalTransfer?scaMode=mock",
                new NewInternationalTransfer(beneficiary.id(), quote.id(), targetAccount, mainAccountId(),
                        quote.sourceAmount(), quote.targetAmount(), Map.of("reference", "PO 2025-117",
                                "transferPurpose", "verification.transfers.purpose.goods",
                                "sourceOfFunds", "verification.source.of.funds.other"), null),
                InternationalTransfer.class);

        assertThat(eligibility.eligible()).isEqualTo("eligible");
        assertThat(currencies).extracting(c -> ((InternationalCurrency) c).currencyCode()).contains("USD", "GBP");
        assertThat(quote.sourceAmount()).isEqualTo(CurrencyAmount.of("EUR", "1000.00"));
        assertThat(quote.targetAmount().currency()).isEqualTo("USD");
        assertThat(beneficiaryRequirements).extracting(r -> ((InternationalRequirement) r).type())
                .contains("aba");
        assertThat(beneficiary.beneficiary().name()).isEqualTo("Acme Rockets LLC");
        assertThat(targetAccount).isEqualTo(beneficiary.targetAccountId()).isNotBlank();
        // the details go out under Qonto's own keys, not turned into snake_case like the model's fields
        RecordedRequest creation = apiCalls("POST", "/v2/international/beneficiaries").stream()
                .filter(call -> call.path().equals("/v2/international/beneficiaries")).findFirst().orElseThrow();
        assertThat(JSON.readTree(creation.body()).at("/payload/details/accountHolderName").asText())
                .isEqualTo("Acme Rockets LLC");
        assertThat(transferRequirements).singleElement()
                .satisfies(r -> assertThat(((InternationalRequirement) r).fields()).isNotEmpty());
        assertThat(transfer.status()).isEqualTo("PROCESSING");
        assertThat(transfer.targetAmount()).isEqualTo(quote.targetAmount());
        assertThat(emulator.store().internationalTransfers()).singleElement()
                .satisfies(t -> assertThat(t.get("id")).isEqualTo(transfer.id()));
        List<RecordedRequest> posts = apiCalls("POST", "/v2/international/transfers").stream()
                .filter(p -> p.path().equals("/v2/international/transfers")).toList();
        assertThat(posts).extracting(RecordedRequest::status).containsExactly(428, 200);
        assertThat(posts).extracting(p -> p.header("X-Qonto-Idempotency-Key").orElseThrow())
                .containsOnly(posts.get(0).header("X-Qonto-Idempotency-Key").orElseThrow());
    }

    @Test
    void listsUpdatesAndDeletesBeneficiariesOfOneCurrency() {
        List<?> usd = template.requestBody("qonto:internationalBeneficiaries?currency=USD", null, List.class);
        InternationalBeneficiary existing = (InternationalBeneficiary) usd.get(0);
        InternationalQuote quote = template.requestBody("qonto:internationalQuote",
                Map.of("sourceCurrency", "EUR", "targetCurrency", "USD", "targetAmount", "500.00"),
                InternationalQuote.class);

        SavedInternationalBeneficiary updated = template.requestBodyAndHeader(
                "qonto:internationalBeneficiary?operation=update",
                new NewInternationalBeneficiary(quote.id(), null,
                        new NewInternationalBeneficiary.Payload("USD", "aba", achDetails("Acme Robotics Corp."))),
                QontoConstants.ID, existing.id(), SavedInternationalBeneficiary.class);
        template.sendBodyAndHeader("qonto:internationalBeneficiary?operation=delete", null, QontoConstants.ID,
                existing.id());

        assertThat(usd).isNotEmpty().allSatisfy(b -> assertThat(((InternationalBeneficiary) b).currency())
                .isEqualTo("USD"));
        assertThat(quote.targetAmount()).isEqualTo(CurrencyAmount.of("USD", "500.00"));
        assertThat(updated.id()).isEqualTo(existing.id());
        assertThat(updated.beneficiary().name()).isEqualTo("Acme Robotics Corp.");
        assertThat(emulator.store().internationalBeneficiaries()).noneMatch(b -> existing.id().equals(b.get("id")));
    }

    @Test
    void wrongInputIsRefusedBeforeAnythingIsSentAndTheCurrencyFilterIsRequired() {
        Exchange quote = template.request("qonto:internationalQuote", e -> e.getMessage().setBody(
                new NewInternationalQuote("eur", "EUR", "10.00", "12.00")));
        Exchange transfer = template.request("qonto:internationalTransfer", e -> e.getMessage().setBody(
                new NewInternationalTransfer(null, "q-1", "t-1", mainAccountId(), CurrencyAmount.of("EUR", "1,000"),
                        null, Map.of(), null)));

        assertThat(((InvalidInputException) quote.getException()).fields()).containsExactlyInAnyOrder(
                "source_currency", "source_amount");
        assertThat(((InvalidInputException) transfer.getException()).fields()).containsExactlyInAnyOrder(
                "beneficiary_id", "source_amount.value", "target_amount");
        assertThat(apiCalls()).isEmpty();
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:beneficiaries").to("qonto:internationalBeneficiaries");
            }
        })).rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("currency");
    }
}
