package io.camelqonto.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Transfers to a payee verified earlier reuse its proof; a transfer's beneficiary is looked up once per exchange. */
class QontoPayeeProofReuseTest extends QontoTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // payees given inline are untrusted: their transfers go through (mocked) SCA
                from("direct:pay").to("qonto:sepaTransfer?scaMode=mock");
                from("direct:pay-redelivered")
                        .onException(Exception.class).maximumRedeliveries(2).redeliveryDelay(10).end()
                        .to("qonto:sepaTransfer?maxAttempts=1");
            }
        };
    }

    private static NewSepaTransfer toPayee(String name, int iban, String reference) {
        return new NewSepaTransfer(mainAccountId(), null, NewSepaBeneficiary.of(name, TestIbans.french(iban)),
                reference, "18.00", null, null, null);
    }

    @Test
    void transfersToOnePayeeVerifyItOnceAndCarryTheSameProof() throws Exception {
        for (int i = 0; i < 3; i++) {
            template.requestBody("direct:pay", toPayee("Hooli Europe SAS", 21, "Reuse " + i));
        }
        template.requestBody("direct:pay", toPayee("Hooli Europe SAS", 22, "Other IBAN"));
        template.requestBody("direct:pay", toPayee("Hooli Europe", 21, "Other name"));

        assertThat(emulator.store().sepaTransfers()).filteredOn(t -> ((String) t.get("reference")).startsWith("Reuse"))
                .hasSize(3);
        // one verification per IBAN and name: three for five transfers
        assertThat(apiCalls("POST", "/v2/sepa/verify_payee")).hasSize(3);
        List<RecordedRequest> creations = apiCalls("POST", "/v2/sepa/transfers");
        assertThat(creations.stream().map(QontoPayeeProofReuseTest::proof).distinct()).hasSize(3);
        assertThat(creations.stream().filter(c -> c.body().contains("Reuse")).map(QontoPayeeProofReuseTest::proof).distinct()).hasSize(1);
    }

    @Test
    void aBeneficiaryIsLookedUpOnceEvenWhenTheExchangeIsRedelivered() {
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa/transfers").status(503).times(2)
                .build());
        Map<String, Object> trusted = trustedBeneficiary();

        template.requestBody("direct:pay-redelivered", new NewSepaTransfer(mainAccountId(), (String) trusted.get("id"),
                null, "Looked up once", "12.00", null, null, null));

        assertThat(emulator.store().sepaTransfers()).filteredOn(t -> "Looked up once".equals(t.get("reference")))
                .hasSize(1);
        assertThat(apiCalls("POST", "/v2/sepa/transfers")).hasSize(3);
        assertThat(apiCalls("GET", "/v2/sepa/beneficiaries/")).hasSize(1);
        assertThat(apiCalls("POST", "/v2/sepa/verify_payee")).hasSize(1);
    }

    private static String proof(RecordedRequest creation) {
        try {
            return JSON.readTree(creation.body()).path("vop_proof_token").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
