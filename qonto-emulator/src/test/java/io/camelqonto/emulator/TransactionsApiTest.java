package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransactionsApiTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http http = Http.apiKey(emulator);
    private final String accountId = Fixtures.mainAccountId(emulator);

    @Test
    void needsAnAccount() {
        Http.Reply reply = http.get("/v2/transactions");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("missing_parameter");
        assertThat(reply.json().at("/errors/0/source/parameter").asText()).isEqualTo("bank_account_id");
    }

    @Test
    void selectsTheAccountByIbanOrIdWithTheIdWinning() {
        String iban = (String) emulator.store().bankAccounts().get(1).get("iban");

        JsonNode byIban = http.get("/v2/transactions?per_page=100&iban=" + iban).json();
        JsonNode both = http.get("/v2/transactions?per_page=100&iban=" + iban + "&bank_account_id=" + accountId).json();

        String secondAccountId = (String) emulator.store().bankAccounts().get(1).get("id");
        assertThat(byIban.get("transactions")).isNotEmpty()
                .allSatisfy(tx -> assertThat(tx.get("bank_account_id").asText()).isEqualTo(secondAccountId));
        assertThat(both.get("transactions"))
                .allSatisfy(tx -> assertThat(tx.get("bank_account_id").asText()).isEqualTo(accountId));
    }

    @Test
    void answersAnUnknownAccountWithTheObjectShapedNotFound() {
        Http.Reply reply = http.get("/v2/transactions?bank_account_id=nope");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().at("/errors/code").asText()).isEqualTo("not_found");
        assertThat(reply.json().at("/errors/status").asInt()).isEqualTo(404);
        assertThat(reply.json().get("trace_id").asText()).isEqualTo(reply.header("X-Tyk-Trace-Id"));
    }

    @Test
    void sortsBySettlementDateDescendingByDefault() {
        List<JsonNode> transactions = all("&status[]=completed");

        List<String> settled = transactions.stream().map(tx -> tx.get("settled_at").asText()).toList();
        assertThat(settled).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void breaksTiesOfTheSortFieldById() {
        List<JsonNode> transactions = all("&sort_by=updated_at:asc");

        for (int i = 1; i < transactions.size(); i++) {
            JsonNode previous = transactions.get(i - 1);
            JsonNode current = transactions.get(i);
            int byUpdate = previous.get("updated_at").asText().compareTo(current.get("updated_at").asText());
            assertThat(byUpdate).isNotPositive();
            if (byUpdate == 0) {
                assertThat(previous.get("id").asText()).isLessThan(current.get("id").asText());
            }
        }
    }

    @Test
    void filtersByStatusSideAndOperationType() {
        List<JsonNode> transactions = all("&status[]=pending&status[]=declined&side=debit&operation_type[]=card");

        assertThat(transactions).isNotEmpty().allSatisfy(tx -> {
            assertThat(tx.get("status").asText()).isIn("pending", "declined");
            assertThat(tx.get("side").asText()).isEqualTo("debit");
            assertThat(tx.get("operation_type").asText()).isEqualTo("card");
        });
        assertThat(transactions).extracting(tx -> tx.get("settled_at").isNull()).containsOnly(true);
    }

    @Test
    void filtersByAnInclusiveUpdateRange() {
        List<JsonNode> everything = all("");
        String from = everything.get(10).get("updated_at").asText();
        String to = everything.get(20).get("updated_at").asText();
        String lower = from.compareTo(to) < 0 ? from : to;
        String upper = from.compareTo(to) < 0 ? to : from;

        List<JsonNode> inRange = all("&updated_at_from=" + lower + "&updated_at_to=" + upper);

        long expected = everything.stream().map(tx -> tx.get("updated_at").asText())
                .filter(u -> u.compareTo(lower) >= 0 && u.compareTo(upper) <= 0).count();
        assertThat(inRange).hasSize((int) expected)
                .anySatisfy(tx -> assertThat(tx.get("updated_at").asText()).isEqualTo(lower))
                .anySatisfy(tx -> assertThat(tx.get("updated_at").asText()).isEqualTo(upper));
    }

    @Test
    void filtersByPresenceOfAttachments() {
        assertThat(all("&with_attachments=true"))
                .isNotEmpty().allSatisfy(tx -> assertThat(tx.get("attachment_ids")).isNotEmpty());
        assertThat(all("&with_attachments=false"))
                .isNotEmpty().allSatisfy(tx -> assertThat(tx.get("attachment_ids")).isEmpty());
    }

    @Test
    void refusesUnknownEnumValuesAndBadDates() {
        Http.Reply status = http.get("/v2/transactions?bank_account_id=" + accountId + "&status[]=settled");
        Http.Reply date = http.get("/v2/transactions?bank_account_id=" + accountId + "&settled_at_from=yesterday");

        assertThat(status.status()).isEqualTo(422);
        assertThat(status.json().at("/errors/0/code").asText()).isEqualTo("not_in_list");
        assertThat(status.json().at("/errors/0/detail").asText())
                .isEqualTo("status must be one of: pending, declined, completed");
        assertThat(status.json().at("/errors/0/source/parameter").asText()).isEqualTo("status[]");
        assertThat(date.status()).isEqualTo(422);
        assertThat(date.json().at("/errors/0/code").asText()).isEqualTo("invalid_date");
        assertThat(date.json().at("/errors/0/source/parameter").asText()).isEqualTo("settled_at_from");
    }

    @Test
    void embedsLabelsAttachmentsAndVatOnlyWhenIncluded() {
        JsonNode plain = http.get("/v2/transactions?bank_account_id=" + accountId + "&with_attachments=true").json();
        JsonNode included = http.get("/v2/transactions?bank_account_id=" + accountId
                + "&with_attachments=true&includes[]=labels&includes[]=attachments&includes[]=vat_details").json();

        JsonNode first = plain.at("/transactions/0");
        assertThat(first.has("attachments")).isFalse();
        assertThat(first.has("labels")).isFalse();
        assertThat(first.has("vat_details")).isFalse();
        JsonNode withIncludes = included.at("/transactions/0");
        assertThat(withIncludes.at("/attachments/0/id").asText()).isEqualTo(first.at("/attachment_ids/0").asText());
        assertThat(withIncludes.at("/attachments/0/file_content_type").asText()).isEqualTo("application/pdf");
        assertThat(withIncludes.get("labels")).hasSize(first.get("label_ids").size());
        assertThat(withIncludes.at("/vat_details/items").isArray()).isTrue();
    }

    @Test
    void printsTransactionsWithQontoFieldsAndConsistentAmounts() {
        JsonNode tx = all("&operation_type[]=transfer&status[]=completed").get(0);

        assertThat(tx.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(tx.get("transaction_id").asText()).matches("pied-piper-demo-\\d+-transaction-\\d+");
        assertThat(tx.get("amount").decimalValue().movePointRight(2).longValueExact())
                .isEqualTo(tx.get("amount_cents").asLong());
        assertThat(tx.get("settled_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(tx.at("/transfer/counterparty_account_number_format").asText()).isEqualTo("IBAN");
        assertThat(tx.at("/transfer/counterparty_bank_identifier_format").asText()).isEqualTo("SWIFT_BIC");
        assertThat(tx.fieldNames()).toIterable().contains("settled_balance", "local_amount", "clean_counterparty_name",
                "vat_rate", "label_ids", "attachment_lost", "card_last_digits", "cashflow_category", "subject_type",
                "is_external_transaction", "income", "direct_debit", "logo", "cashflow_subcategory", "swift_income",
                "check", "financing_installment", "pagopa_payment", "direct_debit_collection", "direct_debit_hold");
    }

    @Test
    void filtersOnTheRarerOperationTypesAndShowsTheirDetails() {
        List<JsonNode> transactions = all("&operation_type[]=pagopa_payment&operation_type[]=direct_debit_hold");

        assertThat(transactions).isNotEmpty().allSatisfy(tx -> {
            String type = tx.get("operation_type").asText();
            assertThat(type).isIn("pagopa_payment", "direct_debit_hold");
            assertThat(tx.get(type).isObject()).isTrue();
            assertThat(tx.get("direct_debit").isNull()).isTrue();
        });
        assertThat(transactions).extracting(tx -> tx.get("operation_type").asText())
                .contains("pagopa_payment", "direct_debit_hold");
    }

    @Test
    void getsOneTransactionAndReportsUnknownOnes() {
        JsonNode listed = all("").get(0);

        JsonNode fetched = http.get("/v2/transactions/" + listed.get("id").asText()).json();
        Http.Reply missing = http.get("/v2/transactions/00000000-0000-0000-0000-000000000000");

        assertThat(fetched.get("transaction")).isEqualTo(listed);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().at("/errors/code").asText()).isEqualTo("not_found");
    }

    @Test
    void showsTransactionsAddedAndUpdatedThroughTheStore() {
        String id = emulator.store().addTransaction(Map.of("amount", 99.5, "side", "credit",
                "updated_at", "2026-02-01T10:00:00Z"));
        emulator.store().updateTransaction(id, Map.of("note", "Paid twice", "updated_at", "2026-02-02T10:00:00.000Z"));

        JsonNode tx = http.get("/v2/transactions/" + id).json().get("transaction");
        assertThat(tx.get("amount_cents").asLong()).isEqualTo(9950);
        assertThat(tx.get("note").asText()).isEqualTo("Paid twice");
        assertThat(tx.get("updated_at").asText()).isEqualTo("2026-02-02T10:00:00.000Z");
        assertThat(all("&updated_at_from=2026-02-02T10:00:00Z")).extracting(t -> t.get("id").asText()).containsExactly(id);
        assertThat(Instant.parse(tx.get("emitted_at").asText())).isBeforeOrEqualTo(Instant.now());
    }

    private List<JsonNode> all(String filters) {
        List<JsonNode> transactions = new ArrayList<>();
        int page = 1;
        while (true) {
            JsonNode body = http.get("/v2/transactions?bank_account_id=" + accountId + "&per_page=100&page=" + page
                    + filters).json();
            StreamSupport.stream(body.get("transactions").spliterator(), false).forEach(transactions::add);
            if (body.at("/meta/next_page").isNull()) {
                return transactions;
            }
            page++;
        }
    }
}
