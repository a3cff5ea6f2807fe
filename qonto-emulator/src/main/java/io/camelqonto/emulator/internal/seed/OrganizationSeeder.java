package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.ResourceTable;

/** The organization and its accounts: three Qonto accounts and one connected external account. */
final class OrganizationSeeder {

    private final SeedContext context;

    OrganizationSeeder(SeedContext context) {
        this.context = context;
    }

    ObjectNode organization() {
        String slug = "pied-piper-demo-" + context.between(1000, 9999);
        return Json.object()
                .put("id", context.ids().uuid("organization"))
                .put("name", SeedCatalog.ORGANIZATION_NAME)
                .put("slug", slug)
                .put("legal_name", "PIED PIPER DEMO SAS")
                .put("locale", "fr")
                .put("legal_share_capital", Money.number(1_000_000))
                .put("legal_country", "FR")
                .put("legal_registration_date", "2019-03-14")
                .put("legal_form", "SAS")
                .put("legal_address", "12 rue de la Paix, 75002 Paris")
                .put("legal_sector", "6201Z")
                .put("contract_signed_at", "2019-04-02T10:15:00.000Z")
                .put("legal_number", "85" + context.digits(7))
                .set("address", address());
    }

    /** The postal address, besides the one-line {@code legal_address}. */
    private static ObjectNode address() {
        // Inferred: Qonto sends this object without documenting it; the keys are those of its other addresses.
        return Json.object()
                .put("street_address", "12 rue de la Paix")
                .put("zip_code", "75002")
                .put("city", "Paris")
                .put("country_code", "FR");
    }

    /** Balances start at zero: the transaction seeder sets them from the transactions it books. */
    void accounts(ObjectNode organization, ResourceTable accounts) {
        accounts.put(qontoAccount(organization, 1, "Main account", true));
        accounts.put(qontoAccount(organization, 2, "Taxes", false));
        accounts.put(qontoAccount(organization, 3, "Marketing budget", false));
        accounts.put(account(organization, 4, "Societe Generale (connected)", false)
                .putNull("iban")
                .put("bic", "SOGEFRPPXXX")
                .put("is_external_account", true)
                .put("account_number", "0005" + context.digits(7)));
    }

    private ObjectNode qontoAccount(ObjectNode organization, int number, String name, boolean main) {
        String accountNumber = context.digits(11);
        return account(organization, number, name, main)
                .put("iban", Iban.french(SeedCatalog.QONTO_BANK_CODE, SeedCatalog.QONTO_BRANCH_CODE, accountNumber))
                .put("bic", SeedCatalog.QONTO_BIC)
                .put("is_external_account", false)
                .put("account_number", accountNumber);
    }

    private ObjectNode account(ObjectNode organization, int number, String name, boolean main) {
        ObjectNode account = Json.object()
                .put("id", context.ids().uuid("bank_account"))
                .put("slug", organization.get("slug").asText() + "-bank-account-" + number)
                .put("name", name)
                .put("organization_id", organization.get("id").asText())
                .put("status", "active")
                .put("main", main);
        account.putNull("iban");
        account.putNull("bic");
        return account.put("currency", "EUR")
                .put("balance", Money.number(0))
                .put("balance_cents", 0)
                .put("authorized_balance", Money.number(0))
                .put("authorized_balance_cents", 0)
                .put("updated_at", Timestamps.format(SeedContext.ANCHOR));
    }
}
