package io.camelqonto.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.camelqonto.client.error.QontoDecodingException;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.BankAccount;
import io.camelqonto.model.PayeeVerification;
import io.camelqonto.model.SepaTransfer;
import io.camelqonto.model.Transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A value Qonto sends in a format its model cannot hold is refused, never bent to fit, and the error names the
 * operation and the field without quoting the value. Open values (statuses, types) decode whatever they are.
 */
class StrictDecodingTest {

    @RegisterExtension
    static WireMockExtension wm = TestClients.wireMock();

    private static final String TRANSACTION_ID = "8f3b7c52-1f0e-4a7d-9a43-1c2d9e4b5a60";

    private static QontoResponse answer(String json) throws Exception {
        return new QontoResponse(200, Map.of(), QontoJson.mapper().readTree(json), "trace-7f21");
    }

    private static String transactions(String secondItem) {
        return "{\"transactions\":[{\"id\":\"a1\",\"amount_cents\":100},{\"id\":\"" + TRANSACTION_ID + "\"," + secondItem
                + "}],\"meta\":{\"current_page\":1}}";
    }

    @Test
    void aFractionInAWholeNumberIsRefusedNotCut() {
        wm.stubFor(get(urlPathEqualTo("/v2/transactions"))
                .willReturn(okJson(transactions("\"amount\":12.507,\"amount_cents\":1250.7"))));

        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).build())) {
            QontoCall call = QontoCall.of(QontoOperation.LIST_TRANSACTIONS).query("bank_account_id", "acc-1").build();
            // one page: the item is set aside with its raw JSON, the others are read
            QontoPage<Transaction> page = client.page(call, 1, Transaction.class);
            UndecodableItem item = page.undecodable().get(0);
            assertThat(item.position()).isEqualTo(1);
            assertThat(item.id()).isEqualTo(TRANSACTION_ID);
            assertThat(item.json()).contains("1250.7");
            assertThat(item.toString()).doesNotContain("1250.7");
            assertThat(page.inPageOrder()).hasSize(page.items().size() + 1).element(1).isSameAs(item);
            // a listing hands out every item or fails naming the one it cannot read
            QontoDecodingException listed = catchThrowableOfType(QontoDecodingException.class,
                    () -> client.paginate(call, Transaction.class).stream().toList());
            assertThat(listed.field()).isEqualTo("transactions[1].amount_cents");
            QontoDecodingException error = item.error();

            assertThat(error).isInstanceOf(QontoException.class);
            assertThat(error.field()).isEqualTo("transactions[1].amount_cents");
            assertThat(error.operation()).contains("LIST_TRANSACTIONS").contains("GET /v2/transactions");
            assertThat(error.getMessage()).contains("transactions[1].amount_cents must be a whole number")
                    .contains(TRANSACTION_ID).doesNotContain("1250").doesNotContain("12.507");
            assertThat(error.getCause()).isNull();
            assertThat(error.status()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"amount\":\"12.50\"           | transfer.amount      | must be a number",
        "\"amount_cents\":\"1250\"      | transfer.amount_cents | must be a whole number",
        "\"amount_cents\":\"\"          | transfer.amount_cents | must be a whole number",
        "\"amount_cents\":99999999999999999999 | transfer.amount_cents | is out of range",
        "\"created_at\":1741944104      | transfer.created_at  | must be an ISO-8601 timestamp",
        "\"updated_at\":\"14/03/2025\"  | transfer.updated_at  | must be an ISO-8601 timestamp",
        "\"reference\":{\"text\":\"x\"} | transfer.reference   | must be a string"})
    void aValueOfTheWrongKindIsRefusedWithItsPath(String field, String path, String reason) throws Exception {
        QontoResponse response = answer("{\"transfer\":{\"id\":\"tr-1\"," + field + "}}");

        assertThatThrownBy(() -> ResultMapper.result(QontoOperation.GET_SEPA_TRANSFER, response, SepaTransfer.class))
                .isInstanceOfSatisfying(QontoDecodingException.class, e -> {
                    assertThat(e.field()).isEqualTo(path);
                    assertThat(e.getMessage()).contains("GET_SEPA_TRANSFER", path + " " + reason, "trace-7f21")
                            .doesNotContain("12.50", "1250", "1741944104", "14/03/2025", "99999");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"true\"", "1", "\"\""})
    void onlyTrueOrFalseIsABoolean(String value) throws Exception {
        QontoResponse response = answer("{\"bank_account\":{\"id\":\"acc-1\",\"main\":" + value + "}}");

        assertThatThrownBy(() -> ResultMapper.result(QontoOperation.GET_BANK_ACCOUNT, response, BankAccount.class))
                .isInstanceOfSatisfying(QontoDecodingException.class,
                        e -> assertThat(e.getMessage()).contains("bank_account.main must be true or false"));
    }

    @Test
    void aNestedValueIsNamedByItsFullPath() throws Exception {
        QontoResponse response = answer(transactions("\"financing_installment\":{\"total_installments_number\":4,"
                + "\"current_installment_number\":\"2\"}"));

        assertThatThrownBy(() -> ResultMapper.list(QontoOperation.LIST_TRANSACTIONS, response, Transaction.class))
                .isInstanceOfSatisfying(QontoDecodingException.class, e -> assertThat(e.field())
                        .isEqualTo("transactions[1].financing_installment.current_installment_number"));
    }

    @Test
    void thePageMetaIsCheckedToo() throws Exception {
        HttpResult answer = new HttpResult(200, Map.of(), "{\"transactions\":[],\"meta\":{\"current_page\":1,\"next_page\":\"2\"}}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PageDecoder.decode(QontoOperation.LIST_TRANSACTIONS, answer, Transaction.class))
                .isInstanceOfSatisfying(QontoDecodingException.class,
                        e -> assertThat(e.field()).isEqualTo("meta.next_page"));
    }

    @ParameterizedTest
    @CsvSource({
        "2025-03-14T09:21:44Z,                 2025-03-14T09:21:44Z",
        "2025-03-14T10:21:44+01:00,            2025-03-14T09:21:44Z",
        "2025-03-14T10:21:44+0100,             2025-03-14T09:21:44Z",
        "2025-03-14T10:21:44+01,               2025-03-14T09:21:44Z",
        "2025-03-14T04:51:44-04:30,            2025-03-14T09:21:44Z",
        "2025-03-14T09:21:44.1Z,               2025-03-14T09:21:44.100Z",
        "2025-03-14T09:21:44.123Z,             2025-03-14T09:21:44.123Z",
        "2025-03-14T10:21:44.123456+01:00,     2025-03-14T09:21:44.123456Z",
        "2025-03-14T09:21:44.123456789Z,       2025-03-14T09:21:44.123456789Z",
        "2025-03-14T09:21:44.123456789000000Z, 2025-03-14T09:21:44.123456789Z",
        "'2025-03-14T09:21:44,5Z',             2025-03-14T09:21:44.500Z",
        "2025-03-14T09:21Z,                    2025-03-14T09:21:00Z",
        "2025-03-14t09:21:44z,                 2025-03-14T09:21:44Z",
        "20250314T102144+0100,                 2025-03-14T09:21:44Z",
        "20250314T092144.25Z,                  2025-03-14T09:21:44.250Z"})
    void timestampsAreReadInEveryIso8601Form(String sent, String expected) throws Exception {
        QontoResponse response = answer("{\"transfer\":{\"id\":\"tr-1\",\"updated_at\":\"" + sent + "\"}}");

        SepaTransfer transfer = ResultMapper.result(QontoOperation.GET_SEPA_TRANSFER, response, SepaTransfer.class);

        assertThat(transfer.updatedAt()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2025-03-14T09:21:44",             // no offset: the instant is unknown
        "2025-03-14",                      // a date is not an instant
        "2025-02-30T09:21:44Z",            // no such day; a lenient reader would move it to 02-28
        "2025-03-14T09:21:44.1234567891Z", // finer than a nanosecond: it would be cut
        "2025-03-14T25:00:00Z",
        "2025-03-14 09:21:44Z",
        ""})
    void aTimestampThatIsNotIso8601OrNotExactIsRefused(String sent) throws Exception {
        QontoResponse response = answer("{\"transfer\":{\"id\":\"tr-1\",\"updated_at\":\"" + sent + "\"}}");

        assertThatThrownBy(() -> ResultMapper.result(QontoOperation.GET_SEPA_TRANSFER, response, SepaTransfer.class))
                .isInstanceOfSatisfying(QontoDecodingException.class, e -> {
                    assertThat(e.field()).isEqualTo("transfer.updated_at");
                    if (!sent.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(sent);
                    }
                });
    }

    @Test
    void decimalsKeepTheirDigits() throws Exception {
        QontoResponse response = answer("{\"transfer\":{\"id\":\"tr-1\",\"amount\":12.50,\"amount_cents\":1250}}");

        SepaTransfer transfer = ResultMapper.result(QontoOperation.GET_SEPA_TRANSFER, response, SepaTransfer.class);

        assertThat(transfer.amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(QontoJson.mapper().writeValueAsString(transfer)).contains("\"amount\":12.50");
    }

    @Test
    void statusesAndTypesQontoAddsLaterDecodeAsSent() throws Exception {
        QontoResponse requests = answer("{\"requests\":[{\"id\":\"r-1\",\"request_type\":\"instant_transfer\","
                + "\"status\":\"escalated\"}]}");
        QontoResponse transfer = answer("{\"transfer\":{\"id\":\"tr-1\",\"status\":\"on_hold_for_review\","
                + "\"declined_reason\":\"beneficiary_bank_unreachable\"}}");

        List<ApprovalRequest> decoded = ResultMapper.list(QontoOperation.LIST_REQUESTS, requests, ApprovalRequest.class);
        SepaTransfer onHold = ResultMapper.result(QontoOperation.GET_SEPA_TRANSFER, transfer, SepaTransfer.class);

        assertThat(decoded).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("escalated");
            assertThat(r.requestType()).isEqualTo("instant_transfer");
        });
        assertThat(onHold.status()).isEqualTo("on_hold_for_review");
        assertThat(onHold.declinedReason()).isEqualTo("beneficiary_bank_unreachable");
    }

    @Test
    void aProofTokenKeepsTheShapeQontoSent() throws Exception {
        for (String proof : List.of("{\"token\":\"vop-obj\"}", "\"vop-plain\"")) {
            QontoResponse response = answer("{\"match_result\":\"MATCH_RESULT_MATCH\",\"proof_token\":" + proof + "}");

            PayeeVerification verification = ResultMapper.result(QontoOperation.VERIFY_PAYEE, response,
                    PayeeVerification.class);
            JsonNode written = QontoJson.mapper().valueToTree(verification);

            assertThat(written.get("proof_token")).isEqualTo(QontoJson.mapper().readTree(proof));
            assertThat(verification.proofToken()).startsWith("vop-");
            assertThat(verification.toString()).doesNotContain("vop-");
        }
    }
}
