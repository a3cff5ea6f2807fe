package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelqonto.emulator.internal.domain.Iban;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedDataTest {

    private static final String ANCHOR = "2026-01-15T00:00:00.000Z";

    private static QontoEmulator emulator;
    private static EmulatorStore store;

    @BeforeAll
    static void start() {
        emulator = QontoEmulator.startDefault();
        store = emulator.store();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void sameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        try (QontoEmulator twin = QontoEmulator.builder().seed(42).start();
                QontoEmulator other = QontoEmulator.builder().seed(43).start()) {
            String accountId = Fixtures.mainAccountId(emulator);

            String transactions = Http.apiKey(emulator).get("/v2/transactions?per_page=100&bank_account_id=" + accountId).body();
            String twinTransactions = Http.apiKey(twin).get("/v2/transactions?per_page=100&bank_account_id=" + accountId).body();

            assertThat(twinTransactions).isEqualTo(transactions);
            assertThat(twin.store().transactions()).isEqualTo(store.transactions());
            assertThat(twin.store().requests()).isEqualTo(store.requests());
            assertThat(twin.store().labels()).isEqualTo(store.labels());
            assertThat(twin.store().memberships()).isEqualTo(store.memberships());
            assertThat(twin.store().statements()).isEqualTo(store.statements());
            assertThat(other.store().transactions().get(0).get("id")).isNotEqualTo(store.transactions().get(0).get("id"));
        }
    }

    @Test
    void hasThreeQontoAccountsWithValidIbansAndOneConnectedAccount() {
        List<Map<String, Object>> accounts = store.bankAccounts();

        assertThat(accounts).filteredOn(a -> Boolean.FALSE.equals(a.get("is_external_account"))).hasSize(3)
                .allSatisfy(a -> {
                    assertThat(Iban.isValid((String) a.get("iban"))).isTrue();
                    assertThat((String) a.get("iban")).startsWith("FR").contains("16958");
                    assertThat(a).containsEntry("status", "active").containsEntry("bic", "QNTOFRP1XXX");
                })
                .filteredOn(a -> Boolean.TRUE.equals(a.get("main"))).hasSize(1);
        assertThat(accounts).filteredOn(a -> Boolean.TRUE.equals(a.get("is_external_account"))).singleElement()
                .satisfies(a -> assertThat(a.get("iban")).isNull());
        Http http = Http.apiKey(emulator);
        assertThat(http.get("/v2/organization").json().at("/organization/bank_accounts")).hasSize(3);
        assertThat(http.get("/v2/organization?include_external_accounts=true").json().at("/organization/bank_accounts"))
                .hasSize(4);
    }

    @Test
    void hasNinetyDaysOfVariedTransactions() {
        List<Map<String, Object>> transactions = store.transactions();

        assertThat(transactions).hasSizeGreaterThanOrEqualTo(300);
        assertThat(values(transactions, "status")).containsExactlyInAnyOrder("completed", "pending", "declined");
        assertThat(values(transactions, "side")).containsExactlyInAnyOrder("credit", "debit");
        assertThat(values(transactions, "operation_type")).contains("card", "transfer", "income", "direct_debit",
                "qonto_fee");
        assertThat(transactions).allSatisfy(tx -> {
            assertThat((BigDecimal) tx.get("amount")).isEqualByComparingTo(
                    BigDecimal.valueOf((Long) tx.get("amount_cents"), 2));
            assertThat((String) tx.get("emitted_at")).isBetween("2025-10-17T00:00:00.000Z", ANCHOR);
            assertThat((String) tx.get("updated_at")).isGreaterThanOrEqualTo((String) tx.get("emitted_at"));
            assertThat(tx.get("settled_at") == null).isEqualTo(!"completed".equals(tx.get("status")));
        });
    }

    @Test
    void givesEveryTransactionAllOfQontoKeys() {
        assertThat(store.transactions()).allSatisfy(tx -> {
            assertThat(tx).containsKeys("logo", "cashflow_category", "cashflow_subcategory", "transfer", "income",
                    "swift_income", "direct_debit", "check", "financing_installment", "pagopa_payment",
                    "direct_debit_collection", "direct_debit_hold");
            if (tx.get("logo") != null) {
                assertThat(map(tx, "logo")).containsOnlyKeys("small", "medium");
            }
            if (tx.get("cashflow_category") != null) {
                assertThat(map(tx, "cashflow_category")).containsOnlyKeys("name");
            }
        });
        assertThat(store.transactions()).anySatisfy(tx -> assertThat(tx.get("logo")).isNotNull())
                .anySatisfy(tx -> assertThat(tx.get("cashflow_subcategory")).isNotNull())
                .anySatisfy(tx -> assertThat(tx.get("swift_income")).isNotNull());
    }

    @Test
    void fillsTheDetailsOfRarerOperationTypesOnSomeTransactionsWhateverTheSeed() {
        for (long seed : new long[] {42, 7, 1_000_003}) {
            try (QontoEmulator seeded = QontoEmulator.builder().seed(seed).build()) {
                List<Map<String, Object>> transactions = seeded.store().transactions();
                for (String type : List.of("pagopa_payment", "financing_installment", "direct_debit_collection",
                        "direct_debit_hold")) {
                    assertThat(transactions).as("%s, seed %s", type, seed)
                            .filteredOn(tx -> tx.get(type) != null).isNotEmpty()
                            .allSatisfy(tx -> assertThat(tx.get("operation_type")).isEqualTo(type));
                    assertThat(transactions).filteredOn(tx -> type.equals(tx.get("operation_type")))
                            .allSatisfy(tx -> assertThat(tx.get(type)).isNotNull());
                }
                assertThat(transactions).as("check, seed %s", seed).filteredOn(tx -> tx.get("check") != null)
                        .isNotEmpty().allSatisfy(tx -> assertThat(tx.get("operation_type")).isEqualTo("cheque"));
            }
        }
    }

    @Test
    void shapesTheDetailObjectsAsQontoDoes() {
        List<Map<String, Object>> transactions = store.transactions();

        assertThat(details(transactions, "check")).allSatisfy(check -> {
            assertThat((String) check.get("check_number")).matches("\\d{7}");
            assertThat((String) check.get("check_key")).matches("\\d{2}");
        });
        assertThat(details(transactions, "pagopa_payment")).allSatisfy(payment -> {
            assertThat((String) payment.get("notice_number")).matches("\\d{18}").endsWith((String) payment.get("iuv"));
            assertThat((String) payment.get("creditor_fiscal_code")).matches("\\d{11}");
        });
        assertThat(details(transactions, "financing_installment")).allSatisfy(installment -> assertThat(
                (Long) installment.get("current_installment_number"))
                .isBetween(1L, (Long) installment.get("total_installments_number")));
        assertThat(details(transactions, "direct_debit_hold"))
                .allSatisfy(hold -> assertThat(new BigDecimal((String) hold.get("guarding_rate"))).isPositive());
        assertThat(details(transactions, "direct_debit_collection")).allSatisfy(collection -> {
            assertThat(collection).containsEntry("counterparty_account_number_format", "IBAN");
            assertThat(Iban.isValid((String) collection.get("counterparty_account_number"))).isTrue();
        });
        assertThat(transactions).filteredOn(tx -> "direct_debit_collection".equals(tx.get("operation_type")))
                .allSatisfy(tx -> assertThat(tx.get("income")).isNull());
    }

    @Test
    void describesTheOrganizationWithQontoFields() {
        JsonNode organization = Http.apiKey(emulator).get("/v2/organization").json().get("organization");

        assertThat(organization.fieldNames()).toIterable().contains("id", "name", "slug", "legal_name", "locale",
                "legal_share_capital", "legal_country", "legal_registration_date", "legal_form", "legal_address",
                "legal_sector", "contract_signed_at", "legal_number", "address", "bank_accounts");
        assertThat(organization.get("legal_share_capital").isNumber()).isTrue();
        assertThat(organization.get("address").fieldNames()).toIterable()
                .containsExactly("street_address", "zip_code", "city", "country_code");
    }

    @Test
    void hasGroupsOfTransactionsUpdatedAtTheSameInstant() {
        Map<Object, Long> perInstant = store.transactions().stream()
                .collect(Collectors.groupingBy(tx -> tx.get("updated_at"), Collectors.counting()));

        assertThat(perInstant.values().stream().filter(count -> count >= 3).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void keepsBalancesConsistentWithTransactions() {
        for (Map<String, Object> account : store.bankAccounts()) {
            Map<String, Object> lastSettled = store.transactions().stream()
                    .filter(tx -> account.get("id").equals(tx.get("bank_account_id")))
                    .filter(tx -> "completed".equals(tx.get("status")))
                    .max(Comparator.comparing((Map<String, Object> tx) -> (String) tx.get("settled_at"))
                            .thenComparing(tx -> (String) tx.get("id")))
                    .orElseThrow();
            assertThat(lastSettled.get("settled_balance_cents")).isEqualTo(account.get("balance_cents"));
            assertThat((Long) account.get("authorized_balance_cents")).isLessThanOrEqualTo((Long) account.get("balance_cents"));
        }
    }

    @Test
    void hasRequestsOfEveryTypeInEveryStatus() {
        List<Map<String, Object>> requests = store.requests();
        List<Map<String, Object>> pendingTransfers = requests.stream()
                .filter(r -> "transfer".equals(r.get("request_type")) && "pending".equals(r.get("status")))
                .toList();

        assertThat(requests).hasSizeGreaterThanOrEqualTo(80);
        assertThat(requests.stream().map(r -> r.get("request_type") + "/" + r.get("status")).distinct()).hasSize(16);
        assertThat(pendingTransfers).hasSizeGreaterThanOrEqualTo(25);
        assertThat(pendingTransfers).anySatisfy(r -> assertThat(new BigDecimal((String) r.get("amount"))).isLessThan(new BigDecimal("1000")))
                .anySatisfy(r -> assertThat(new BigDecimal((String) r.get("amount"))).isGreaterThan(new BigDecimal("1000")));
        Map<Object, Long> perCreation = pendingTransfers.stream()
                .collect(Collectors.groupingBy(r -> r.get("created_at"), Collectors.counting()));
        assertThat(perCreation.values()).contains(3L);
        assertThat(perCreation).hasSizeGreaterThanOrEqualTo(pendingTransfers.size() - 2);
    }

    @Test
    void hasBeneficiariesAndTransfersInEveryStatus() {
        List<Map<String, Object>> beneficiaries = store.beneficiaries();
        List<Map<String, Object>> transfers = store.sepaTransfers();

        assertThat(beneficiaries).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(b -> assertThat(Iban.isValid((String) b.get("iban"))).isTrue());
        assertThat(values(beneficiaries, "status")).containsExactlyInAnyOrder("pending", "validated", "declined");
        assertThat(values(beneficiaries, "trusted")).containsExactlyInAnyOrder(true, false);
        assertThat(transfers).hasSizeGreaterThanOrEqualTo(30);
        assertThat(values(transfers, "status"))
                .containsExactlyInAnyOrder("pending", "processing", "settled", "declined", "canceled");
        assertThat(transfers).filteredOn(t -> "settled".equals(t.get("status"))).allSatisfy(t ->
                assertThat(store.transaction((String) t.get("transaction_id"))).get()
                        .satisfies(tx -> assertThat(tx.get("amount_cents")).isEqualTo(t.get("amount_cents"))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> document, String field) {
        return (Map<String, Object>) document.get(field);
    }

    private static List<Map<String, Object>> details(List<Map<String, Object>> transactions, String field) {
        List<Map<String, Object>> details = transactions.stream().filter(tx -> tx.get(field) != null)
                .map(tx -> map(tx, field)).toList();
        assertThat(details).as(field).isNotEmpty();
        return details;
    }

    private static Set<Object> values(List<Map<String, Object>> documents, String field) {
        return documents.stream().map(d -> d.get(field)).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
