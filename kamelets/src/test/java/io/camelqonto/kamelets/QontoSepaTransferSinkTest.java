package io.camelqonto.kamelets;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** qonto-sepa-transfer-sink creates the transfer a message describes, under an idempotency key. */
class QontoSepaTransferSinkTest extends KameletTestSupport {

    @TempDir
    static Path work;

    // set while CamelTestSupport's constructor asks for the properties, hence no initializers
    private String seededRefreshToken;
    private Path tokenFile;

    @Override
    protected void kameletProperties(Properties properties) {
        super.kameletProperties(properties);
        seededRefreshToken = properties.getProperty("camel.kamelet.qonto-sepa-transfer-sink.refreshToken");
        tokenFile = work.resolve("qonto tokens " + UUID.randomUUID() + ".properties");
        properties.put("camel.kamelet.qonto-sepa-transfer-sink.tokenFile", tokenFile.toString());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pay-invoice")
                        .to("kamelet:qonto-sepa-transfer-sink?idempotencyKeyExpression=${header.invoiceNumber}");
                from("direct:pay").to("kamelet:qonto-sepa-transfer-sink");
            }
        };
    }

    @Test
    void createsTheTransferOnceForOneBusinessKeySentTwice() {
        String transfer = transferJson("Invoice 2025-117", "1250.00");

        Exchange first = template.request("direct:pay-invoice", e -> {
            e.getMessage().setBody(transfer);
            e.getMessage().setHeader("invoiceNumber", "2025-117");
        });
        Exchange second = template.request("direct:pay-invoice", e -> {
            e.getMessage().setBody(transfer);
            e.getMessage().setHeader("invoiceNumber", "2025-117");
        });

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();
        JsonNode created = json(first);
        assertThat(json(second).path("id").asText()).isEqualTo(created.path("id").asText());
        assertThat(first.getMessage().getHeader("CamelQontoId")).isEqualTo(created.path("id").asText());
        Map<String, Object> stored = emulator().store().sepaTransfer(created.path("id").asText()).orElseThrow();
        assertThat(stored.get("reference")).isEqualTo("Invoice 2025-117");
        assertThat(stored.get("beneficiary_id")).isEqualTo(trustedBeneficiaryId());
        assertThat(transfersWithReference("Invoice 2025-117")).hasSize(1);

        String expectedKey = UUID.nameUUIDFromBytes("2025-117".getBytes(StandardCharsets.UTF_8)).toString();
        assertThat(apiCalls("POST", "/v2/sepa/transfers")).hasSize(2)
                .allSatisfy(post -> assertThat(post.header("X-Qonto-Idempotency-Key")).hasValue(expectedKey));
    }

    @Test
    void givesEachTransferWithoutABusinessKeyAKeyOfItsOwn() {
        template.requestBody("direct:pay", transferJson("Without key 1", "10.00"));
        template.requestBody("direct:pay", Map.of("bankAccountId", mainAccountId(),
                "beneficiaryId", trustedBeneficiaryId(), "amount", "20.00", "reference", "Without key 2"));

        assertThat(transfersWithReference("Without key 1")).hasSize(1);
        assertThat(transfersWithReference("Without key 2")).singleElement()
                .satisfies(t -> assertThat(t.get("amount").toString()).isIn("20.00", "20.0"));
        List<String> keys = apiCalls("POST", "/v2/sepa/transfers").stream()
                .map(post -> post.header("X-Qonto-Idempotency-Key").orElseThrow()).toList();
        assertThat(keys).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(UUID.fromString(key).toString()).isEqualTo(key));
    }

    @Test
    void refusesAnInvalidTransferBeforeSendingAnything() {
        String invalid = "{\"bank_account_id\":\"" + mainAccountId() + "\",\"beneficiary_id\":\""
                         + trustedBeneficiaryId() + "\",\"amount\":\"12.345\"}";

        assertThatThrownBy(() -> template.requestBody("direct:pay", invalid))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("transfer.amount").hasMessageContaining("transfer.reference");
        List<RecordedRequest> writes = emulator().journal().matching("POST", "/v2/sepa/");
        assertThat(writes).isEmpty();
    }

    @Test
    void keepsTheRotatedRefreshTokenInTheTokenFile() throws Exception {
        template.requestBody("direct:pay", transferJson("With a token file", "15.00"));

        assertThat(transfersWithReference("With a token file")).hasSize(1);
        Properties kept = new Properties();
        try (Reader reader = Files.newBufferedReader(tokenFile)) {
            kept.load(reader);
        }
        assertThat(kept.getProperty("refresh_token")).isNotBlank().isNotEqualTo(seededRefreshToken);
    }

    private static String transferJson(String reference, String amount) {
        return "{\"bank_account_id\":\"" + mainAccountId() + "\",\"beneficiary_id\":\"" + trustedBeneficiaryId()
               + "\",\"amount\":\"" + amount + "\",\"reference\":\"" + reference + "\"}";
    }

    private static List<Map<String, Object>> transfersWithReference(String reference) {
        return emulator().store().sepaTransfers().stream().filter(t -> reference.equals(t.get("reference"))).toList();
    }
}
