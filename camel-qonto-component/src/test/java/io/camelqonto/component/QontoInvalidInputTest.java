package io.camelqonto.component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.camelqonto.model.InvalidInputException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Bad input fails with an {@link InvalidInputException} naming the problem, and nothing reaches Qonto: neither an API
 * call nor a token request.
 */
class QontoInvalidInputTest extends QontoTestSupport {

    private static final String VALID_IBAN = TestIbans.french(77);
    private static final String BAD_IBAN = TestIbans.withBadChecksum(VALID_IBAN);
    /** Sends nothing: the case is about creating the endpoint. */
    private static final Object CREATE_ONLY = new Object();

    static Stream<Arguments> badInputs() {
        return Stream.of(
                send("bad IBAN checksum of an inline beneficiary", "qonto:sepaTransfer",
                        transfer(Map.of("beneficiaryId", "", "beneficiary", Map.of("name", "Hooli", "iban", BAD_IBAN))),
                        "transfer.beneficiary.iban: is not a valid IBAN"),
                send("amount with 3 decimals", "qonto:sepaTransfer", transfer(Map.of("amount", "10.123")),
                        "transfer.amount: must have at most two decimal places"),
                send("negative amount", "qonto:sepaTransfer", transfer(Map.of("amount", "-5.00")),
                        "transfer.amount: must be positive"),
                send("zero amount", "qonto:sepaTransfer", transfer(Map.of("amount", "0.00")),
                        "transfer.amount: must be greater than zero"),
                send("amount not a number", "qonto:sepaTransfer", transfer(Map.of("amount", "ten euros")),
                        "transfer.amount: must be a decimal number"),
                send("missing beneficiary", "qonto:sepaTransfer", transfer(Map.of("beneficiaryId", "")),
                        "transfer.beneficiary"),
                send("both beneficiary and beneficiaryId", "qonto:sepaTransfer",
                        transfer(Map.of("beneficiary", Map.of("name", "Hooli", "iban", VALID_IBAN))),
                        "must be either beneficiary_id or beneficiary, not both"),
                send("reference too long", "qonto:sepaTransfer", transfer(Map.of("reference", "R".repeat(141))),
                        "transfer.reference: must be at most 140 characters"),
                send("missing reference", "qonto:sepaTransfer", transfer(Map.of("reference", "")),
                        "transfer.reference: is required"),
                send("missing bank account id", "qonto:sepaTransfer", transfer(Map.of("bankAccountId", "")),
                        "transfer.bank_account_id: is required"),
                send("body JSON that is not an object", "qonto:sepaTransfer", "[1, 2, 3]",
                        "body: must be a JSON object describing a NewSepaTransfer (got a JSON array)"),
                send("body that is not JSON", "qonto:sepaTransfer", "pay Hooli 100 EUR", "body: is not valid JSON"),
                create("unknown resource", "qonto:invoices",
                        "'invoices' is not a Qonto resource; known resources: organization, bankAccounts"),
                send("unknown operation in the header", "qonto:sepaTransfer", transfer(Map.of()),
                        Map.of(QontoConstants.OPERATION, "refund"),
                        "CamelQontoOperation: 'refund' is not an operation of sepaTransfer"),
                create("operation the resource does not have", "qonto:transaction?operation=cancel",
                        "operation: 'cancel' is not an operation of transaction; allowed: get"),
                create("operation the resource allows, for another resource", "qonto:sepaTransfer?operation=approve",
                        "operation: 'approve' is not an operation of sepaTransfer; allowed: get, create, cancel,"
                        + " downloadProof, verifyPayee"),
                create("bad boolean filter", "qonto:sepaBeneficiaries?trusted=yes",
                        "trusted: 'yes' is not true or false"),
                create("unknown query parameter name", "qonto:requests?query.Status%20x=1",
                        "query.Status x: is not a Qonto query parameter name"),
                create("perPage above Qonto's maximum", "qonto:requests?perPage=500",
                        "perPage: must be between 1 and 100 (got 500)"),
                create("bad timestamp", "qonto:requests?createdAtFrom=yesterday",
                        "createdAtFrom: 'yesterday' is not an ISO-8601 timestamp"),
                create("bad startFrom", "qonto:requests?startFrom=last-week",
                        "startFrom: 'last-week' is not beginning, now or an ISO-8601 instant"),
                create("filter that does not apply", "qonto:organization?status=pending",
                        "status: does not apply to organization"),
                create("transactions without an account", "qonto:transactions",
                        "bankAccountId: is required to list transactions (or iban)"),
                create("bad debitIban checksum", "qonto:request?operation=approve&debitIban=" + BAD_IBAN,
                        "debitIban: is not a valid IBAN"),
                send("approve without CamelQontoId", "qonto:request?operation=approve", null,
                        Map.of(QontoConstants.REQUEST_TYPE, "transfer"), "CamelQontoId: is required"),
                send("decline without a note", "qonto:request?operation=decline", null,
                        Map.of(QontoConstants.ID, "4d8b1d2e-0c5b-4a11-9d2f-6f6a3e1c0a11",
                                QontoConstants.REQUEST_TYPE, "transfer"),
                        "CamelQontoDeclinedNote: is required to decline"),
                send("request without an operation", "qonto:request", null,
                        Map.of(QontoConstants.ID, "4d8b1d2e-0c5b-4a11-9d2f-6f6a3e1c0a11"),
                        "operation: is required"),
                send("beneficiary with a bad IBAN", "qonto:sepaBeneficiary?operation=create",
                        Map.of("name", "Hooli Europe", "iban", BAD_IBAN), "beneficiary.iban: is not a valid IBAN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedBeforeAnythingIsSent(String name, String uri, Object body, Map<String, Object> headers,
                                       String expected) {
        Throwable thrown = catchThrowable(() -> {
            var endpoint = context.getEndpoint(uri);
            if (body != CREATE_ONLY) {
                template.requestBodyAndHeaders(endpoint, body, headers);
            }
        });

        assertThat(thrown).as(name).isInstanceOf(body == CREATE_ONLY
                ? ResolveEndpointFailedException.class
                : CamelExecutionException.class);
        Throwable root = rootCause(thrown);
        assertThat(root).as(name).isInstanceOf(InvalidInputException.class);
        assertThat(root.getMessage()).as(name).contains(expected).doesNotContain(BAD_IBAN).doesNotContain(VALID_IBAN);
        assertThat(emulator.journal().all()).as(name + ": calls that reached the emulator").isEmpty();
    }

    @Test
    void consumingAResourceThatCannotBeConsumedFailsTheRoute() {
        Throwable thrown = catchThrowable(() -> context.addRoutes(consuming("qonto:sepaTransfer")));

        assertThat(rootCause(thrown)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sepaTransfer cannot be consumed; consumable resources: bankAccounts,"
                                      + " transactions, requests, sepaTransfers");
        assertThat(emulator.journal().all()).isEmpty();
    }

    @Test
    void aConsumerRefusesSortByBecauseItReadsInTheOrderOfItsCursor() {
        Throwable thrown = catchThrowable(() -> context.addRoutes(consuming("qonto:requests?sortBy=created_at:desc")));

        assertThat(rootCause(thrown)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sortBy: cannot be set on a consumer");
        assertThat(emulator.journal().all()).isEmpty();
    }

    private static RouteBuilder consuming(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:never");
            }
        };
    }

    private static Arguments create(String name, String uri, String expected) {
        return arguments(name, uri, CREATE_ONLY, Map.of(), expected);
    }

    private static Arguments send(String name, String uri, Object body, String expected) {
        return arguments(name, uri, body, Map.of(), expected);
    }

    private static Arguments send(String name, String uri, Object body, Map<String, Object> headers, String expected) {
        return arguments(name, uri, body, headers, expected);
    }

    /** A valid transfer as a Map (as a YAML route would build it), with some fields replaced. */
    private static Map<String, Object> transfer(Map<String, Object> changes) {
        Map<String, Object> transfer = new LinkedHashMap<>();
        transfer.put("bankAccountId", "0b6c6e2f-6f3c-4d0a-9d6a-0a7c3f1e2b44");
        transfer.put("beneficiaryId", "7a1f0c3e-2d4b-4f5a-8e6d-1c2b3a4d5e6f");
        transfer.put("reference", "Invoice 2024-117");
        transfer.put("amount", "100.50");
        Map<String, Object> result = new HashMap<>(transfer);
        result.putAll(changes);
        result.values().removeIf(value -> "".equals(value));
        return result;
    }
}
