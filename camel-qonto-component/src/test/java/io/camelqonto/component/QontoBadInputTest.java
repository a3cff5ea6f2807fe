package io.camelqonto.component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Parameter;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Hostile and careless input, through routes as users write them: each kind is refused with a typed error naming the
 * field, the message quotes neither a secret nor a full IBAN, and nothing reaches the emulator, not even a token
 * request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QontoBadInputTest extends QontoTestSupport {

    private static final String ACCOUNT = "0b6c6e2f-6f3c-4d0a-9d6a-0a7c3f1e2b44";
    private static final String BENEFICIARY = "7a1f0c3e-2d4b-4f5a-8e6d-1c2b3a4d5e6f";
    private static final String SOME_ID = "4d8b1d2e-0c5b-4a11-9d2f-6f6a3e1c0a11";
    private static final String VALID_IBAN = TestIbans.french(77);
    /** Anything shaped like a whole IBAN: a country, check digits and at least 11 more letters or digits. */
    private static final Pattern FULL_IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    /** Sends nothing: the case is about creating the endpoint. */
    private static final Object CREATE_ONLY = new Object();
    private static final String TRANSFER = "qonto:sepaTransfer";
    private static final String NEW_BENEFICIARY = "qonto:sepaBeneficiary?operation=create";
    private static final String UPDATE_BENEFICIARY = "qonto:sepaBeneficiary?operation=update";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        QontoComponent apiKeyOnly = new QontoComponent();
        pointAtEmulator(apiKeyOnly.getConfiguration());
        useApiKey(apiKeyOnly.getConfiguration());
        context.addComponent("qontoApiKey", apiKeyOnly);
        return context;
    }

    /** Nothing a case does changes the emulator's data: resetting it before each would only cost time. */
    @Override
    protected void doPreSetup() {
    }

    static Stream<Arguments> badInputs() {
        List<Arguments> cases = new ArrayList<>();
        // amounts: canonical decimal strings, two decimals at most, more than zero, at most the SEPA maximum
        for (Object amount : List.of("10.123", "-5.00", "0.00", "0", "ten euros", "1e3", "+10.00", "10.", ".50",
                "10,00", "1 000.00", "010.00", "1000000000.00", "1000000000000000000000000", "NaN", "Infinity",
                "0x10", "\uFF11\uFF10.00", "10.0.0", "10.50 EUR", "\u20AC10.50", "", "   ", 10.123, true)) {
            cases.add(send("amount " + amount, TRANSFER, transfer("amount", amount), "transfer.amount"));
        }
        cases.add(send("amount as a list", TRANSFER, transfer("amount", List.of("10.00")), "transfer.amount"));
        cases.add(send("amount as an object", TRANSFER, transfer("amount", Map.of("value", "10.00")),
                "transfer.amount"));
        cases.add(send("no amount", TRANSFER, transfer("amount", null), "transfer.amount"));
        // SEPA transfers are in euros
        for (String currency : List.of("USD", "eur", "GBP", "")) {
            cases.add(send("currency '" + currency + "'", TRANSFER, transfer("currency", currency),
                    "transfer.currency"));
        }
        // dates: ISO-8601, and not in the past
        for (String date : List.of("2020-01-01", "31/12/2026", "2026-13-01", "2026-02-30", "tomorrow", "20261231")) {
            cases.add(send("scheduled date " + date, TRANSFER, transfer("scheduledDate", date),
                    "transfer.scheduled_date"));
        }
        // IBANs: country, length, format, checksum
        for (String iban : List.of(TestIbans.withBadChecksum(VALID_IBAN), "FR2330006000011234567890",
                "DE543704004405320130001", "XX82WEST12345698765432", "US64SVBKUS6S3300958879",
                "DE89370400440532O13000", "FR76", "FR76-3000-6000-0112", "FR7630006000011234567890\u0000189", "")) {
            cases.add(send("beneficiary IBAN " + iban.replaceAll("[0-9]", "9"), TRANSFER,
                    inline(Map.of("name", "Hooli", "iban", iban)), "transfer.beneficiary.iban"));
        }
        cases.add(send("beneficiary without a name", TRANSFER, inline(Map.of("iban", VALID_IBAN)),
                "transfer.beneficiary.name"));
        cases.add(send("beneficiary name of 141 characters", TRANSFER,
                inline(Map.of("name", "H".repeat(141), "iban", VALID_IBAN)), "transfer.beneficiary.name"));
        cases.add(send("beneficiary name with a line break", TRANSFER,
                inline(Map.of("name", "Hooli\nEurope", "iban", VALID_IBAN)), "transfer.beneficiary.name"));
        cases.add(send("beneficiary BIC of 6 characters", TRANSFER,
                inline(Map.of("name", "Hooli", "iban", VALID_IBAN, "bic", "QNTOFR")), "transfer.beneficiary.bic"));
        cases.add(send("beneficiary BIC with a space", TRANSFER,
                inline(Map.of("name", "Hooli", "iban", VALID_IBAN, "bic", "QNTO FRP1")), "transfer.beneficiary.bic"));
        cases.add(send("beneficiary email without @", TRANSFER,
                inline(Map.of("name", "Hooli", "iban", VALID_IBAN, "email", "billing.hooli.eu")),
                "transfer.beneficiary.email"));
        cases.add(send("beneficiary as text", TRANSFER, transfer("beneficiaryId", null, "beneficiary", "Hooli"),
                "transfer.beneficiary"));
        cases.add(send("beneficiary and beneficiaryId", TRANSFER, transfer("beneficiary",
                Map.of("name", "Hooli", "iban", VALID_IBAN)), "transfer.beneficiary"));
        cases.add(send("no beneficiary", TRANSFER, transfer("beneficiaryId", null), "transfer.beneficiary"));
        // text fields
        cases.add(send("no reference", TRANSFER, transfer("reference", null), "transfer.reference"));
        cases.add(send("reference of 141 characters", TRANSFER, transfer("reference", "R".repeat(141)),
                "transfer.reference"));
        cases.add(send("reference with a NUL", TRANSFER, transfer("reference", "Invoice\u00001"),
                "transfer.reference"));
        cases.add(send("reference with a line break", TRANSFER, transfer("reference", "Invoice\r\n1"),
                "transfer.reference"));
        cases.add(send("note of 141 characters", TRANSFER, transfer("note", "N".repeat(141)), "transfer.note"));
        cases.add(send("note with an escape character", TRANSFER, transfer("note", "paid\u001B[2J"),
                "transfer.note"));
        // ids in the body
        for (String id : List.of("..", "acc/1", "acc 1", "%2e%2e", "acc?x=1")) {
            cases.add(send("bank account id " + id, TRANSFER, transfer("bankAccountId", id),
                    "transfer.bank_account_id"));
        }
        cases.add(send("no bank account id", TRANSFER, transfer("bankAccountId", null), "transfer.bank_account_id"));
        cases.add(send("beneficiary id ..", TRANSFER, transfer("beneficiaryId", ".."), "transfer.beneficiary_id"));
        cases.add(send("beneficiary id with a slash", TRANSFER, transfer("beneficiaryId", "a/b"),
                "transfer.beneficiary_id"));
        cases.add(send("six attachments", TRANSFER, transfer("attachmentIds", List.of("a1", "a2", "a3", "a4", "a5",
                "a6")), "transfer.attachment_ids"));
        cases.add(send("attachment id ../a", TRANSFER, transfer("attachmentIds", List.of("../a")),
                "transfer.attachment_ids"));
        cases.add(send("attachment ids as text", TRANSFER, transfer("attachmentIds", "a1"), "transfer.attachment_ids"));
        cases.add(send("above 30000.00 without an attachment", TRANSFER, transfer("amount", "30000.01"),
                "transfer.attachment_ids"));
        // fields Qonto does not know are not dropped unnoticed
        cases.add(send("misspelt reference", TRANSFER, transfer("referense", "Invoice 1"), "transfer.referense"));
        cases.add(send("misspelt amount", TRANSFER, transfer("amout", "10.00"), "transfer.amout"));
        cases.add(send("misspelt beneficiary IBAN", TRANSFER,
                inline(Map.of("name", "Hooli", "ibna", VALID_IBAN, "iban", VALID_IBAN)), "transfer.beneficiary.ibna"));
        // bodies
        cases.add(send("body that is not JSON", TRANSFER, "pay Hooli 100 EUR", "body"));
        cases.add(send("body that is a JSON array", TRANSFER, "[1, 2, 3]", "body"));
        cases.add(send("body that is a number", TRANSFER, 100, "body"));
        cases.add(send("no body", TRANSFER, null, "body"));
        // beneficiaries
        cases.add(send("new beneficiary with a German IBAN one digit long", NEW_BENEFICIARY,
                Map.of("name", "Hooli GmbH", "iban", "DE543704004405320130001"), "beneficiary.iban"));
        cases.add(send("new beneficiary without a name", NEW_BENEFICIARY, Map.of("iban", VALID_IBAN),
                "beneficiary.name"));
        cases.add(send("new beneficiary with a bad email", NEW_BENEFICIARY,
                Map.of("name", "Hooli", "iban", VALID_IBAN, "email", "a@b"), "beneficiary.email"));
        cases.add(send("new beneficiary with an unknown field", NEW_BENEFICIARY,
                Map.of("name", "Hooli", "iban", VALID_IBAN, "trusted", true), "beneficiary.trusted"));
        cases.add(send("beneficiary update changing nothing", UPDATE_BENEFICIARY, Map.of(), Map.of(QontoConstants.ID,
                SOME_ID), "beneficiary"));
        cases.add(send("beneficiary update to a blank name", UPDATE_BENEFICIARY, Map.of("name", " "),
                Map.of(QontoConstants.ID, SOME_ID), "beneficiary.name"));
        cases.add(send("beneficiary update of its IBAN, which cannot change", UPDATE_BENEFICIARY,
                Map.of("iban", VALID_IBAN), Map.of(QontoConstants.ID, SOME_ID), "beneficiary.iban"));
        cases.add(send("beneficiary update with a tab in the name", UPDATE_BENEFICIARY, Map.of("name", "Hoo\tli"),
                Map.of(QontoConstants.ID, SOME_ID), "beneficiary.name"));
        cases.add(send("payee to verify with a Belgian IBAN too long", "qonto:sepaTransfer?operation=verifyPayee",
                Map.of("name", "Hooli", "iban", "BE685390075470341"), "iban"));
        cases.add(send("payee to verify without a name", "qonto:sepaTransfer?operation=verifyPayee",
                Map.of("iban", VALID_IBAN), "name"));
        // ids in headers: one path segment, for every operation that takes one
        for (String id : List.of("..", ".", "a/b", "a?b", "a#b", "%2e%2e", "a b", "a\\b", "a\nb")) {
            cases.add(send("transaction id " + id.replace("\n", "\\n"), "qonto:transaction", null,
                    Map.of(QontoConstants.ID, id), QontoConstants.ID));
        }
        for (QontoOperation operation : QontoOperation.values()) {
            for (Parameter path : operation.pathParameters()) {
                if (path.name().equals("id")) {
                    Map<String, Object> headers = new HashMap<>(Map.of(QontoConstants.ID, "..",
                            QontoConstants.REQUEST_TYPE, "transfer", QontoConstants.DECLINED_NOTE, "No"));
                    cases.add(send(operation + " with CamelQontoId ..", "qonto:" + operation.resource()
                            + "?operation=" + operation.action(), null, headers, QontoConstants.ID));
                }
            }
        }
        cases.add(send("ids to untrust with ..", "qonto:sepaBeneficiary?operation=untrust", null,
                Map.of(QontoConstants.IDS, SOME_ID + ",.."), QontoConstants.IDS));
        cases.add(send("ids to untrust in the body with a slash", "qonto:sepaBeneficiary?operation=untrust",
                List.of(SOME_ID, "a/b"), "ids"));
        cases.add(send("debit IBAN of the wrong length", "qonto:request?operation=approve", null,
                Map.of(QontoConstants.ID, SOME_ID, QontoConstants.REQUEST_TYPE, "transfer", QontoConstants.DEBIT_IBAN,
                        "FR2330006000011234567890"), QontoConstants.DEBIT_IBAN));
        cases.add(send("decline note with a NUL", "qonto:request?operation=decline", null,
                Map.of(QontoConstants.ID, SOME_ID, QontoConstants.REQUEST_TYPE, "transfer",
                        QontoConstants.DECLINED_NOTE, "No\u0000"), QontoConstants.DECLINED_NOTE));
        cases.add(send("query filter with a bad timestamp", "qonto:sepaTransfers", null,
                Map.of(QontoConstants.QUERY, Map.of("updatedAtFrom", "yesterday")), "updatedAtFrom"));
        cases.add(send("query filter with an IBAN of the wrong length", "qonto:sepaBeneficiaries", null,
                Map.of(QontoConstants.QUERY, Map.of("iban", "DE543704004405320130001")), "iban"));
        // options, checked when the endpoint is created
        cases.add(create("IBAN filter of the wrong length", "qonto:transactions?iban=FR2330006000011234567890", "iban"));
        cases.add(create("IBANs filter with one of the wrong length",
                "qonto:statements?ibans=" + VALID_IBAN + ",DE543704004405320130001", "ibans"));
        cases.add(create("scheduled date filter in the wrong format", "qonto:sepaTransfers?scheduledDateFrom=31/12/2026",
                "scheduledDateFrom"));
        cases.add(create("month filter in the wrong format", "qonto:statements?periodFrom=2024-13", "periodFrom"));
        cases.add(create("ids filter with ..", "qonto:sepaTransfers?ids=" + SOME_ID + ",..", "ids"));
        cases.add(create("beneficiary ids filter with a space", "qonto:sepaTransfers?beneficiaryIds=a%20b",
                "beneficiaryIds"));
        // a write that needs OAuth, with only an API key
        cases.add(create("transfer with only an API key", "qontoApiKey:sepaTransfer",
                "clientId, clientSecret, refreshToken"));
        cases.add(send("cancel chosen by header with only an API key", "qontoApiKey:sepaTransfer?operation=get", null,
                Map.of(QontoConstants.OPERATION, "cancel", QontoConstants.ID, SOME_ID),
                "clientId, clientSecret, refreshToken"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedNamingTheFieldAndNothingIsSent(String name, String uri, Object body, Map<String, Object> headers,
                                                 String field) {
        // one context for every case, so each starts from an empty journal
        emulator.journal().clear();
        Throwable thrown = catchThrowable(() -> {
            var endpoint = context.getEndpoint(uri);
            if (body != CREATE_ONLY) {
                template.requestBodyAndHeaders(endpoint, body, headers);
            }
        });

        assertThat(thrown).as(name).isNotNull();
        Throwable root = rootCause(thrown);
        assertThat(root).as(name).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) root).fields()).as(name + ": fields named in " + root.getMessage())
                .contains(field);
        assertThat(FULL_IBAN.matcher(root.getMessage()).find()).as(name + ": a full IBAN in the message").isFalse();
        assertThat(root.getMessage()).as(name).doesNotContain(emulator.oauthClientSecret(), emulator.apiKeySecret());
        assertThat(emulator.journal().all()).as(name + ": calls that reached the emulator").isEmpty();
    }

    @Test
    void thereAreAtLeastEightyKinds() {
        assertThat(badInputs().count()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void amountsAndIbansAreSentWithoutTheSpacesAroundThem() {
        emulator.journal().clear();
        Map<String, Object> transfer = transfer("amount", " 10.00 ");
        transfer.remove("beneficiaryId");
        transfer.put("bankAccountId", " " + mainAccountId() + " ");
        transfer.put("beneficiary", Map.of("name", "Hooli Europe SAS", "iban",
                " " + spaced(TestIbans.french(4242)) + " "));
        transfer.put("currency", "EUR");

        template.requestBody("qonto:sepaTransfer?scaMode=mock", transfer);

        String body = apiCalls("POST", "/v2/sepa/transfers").get(0).body();
        assertThat(body).contains("\"amount\":\"10.00\"", "\"iban\":\"" + TestIbans.french(4242) + "\"",
                "\"bank_account_id\":\"" + mainAccountId() + "\"").doesNotContain("currency");
    }

    private static String spaced(String iban) {
        return String.join(" ", iban.split("(?<=\\G.{4})"));
    }

    private static Arguments create(String name, String uri, String field) {
        return arguments(name, uri, CREATE_ONLY, Map.of(), field);
    }

    private static Arguments send(String name, String uri, Object body, String field) {
        return arguments(name, uri, body, Map.of(), field);
    }

    private static Arguments send(String name, String uri, Object body, Map<String, Object> headers, String field) {
        return arguments(name, uri, body, headers, field);
    }

    /** A valid transfer as a Map (as a YAML route builds it), with the given keys replaced; null removes a key. */
    private static Map<String, Object> transfer(Object... changes) {
        Map<String, Object> transfer = new LinkedHashMap<>();
        transfer.put("bankAccountId", ACCOUNT);
        transfer.put("beneficiaryId", BENEFICIARY);
        transfer.put("reference", "Invoice 2024-117");
        transfer.put("amount", "100.50");
        List<Object> pairs = Arrays.asList(changes);
        for (int i = 0; i < pairs.size(); i += 2) {
            if (pairs.get(i + 1) == null) {
                transfer.remove((String) pairs.get(i));
            } else {
                transfer.put((String) pairs.get(i), pairs.get(i + 1));
            }
        }
        return transfer;
    }

    /** A valid transfer to the beneficiary described inline. */
    private static Map<String, Object> inline(Map<String, Object> beneficiary) {
        return transfer("beneficiaryId", null, "beneficiary", beneficiary);
    }
}
