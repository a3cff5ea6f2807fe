package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.StatementDocument;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A monthly statement per Qonto account for each of the last months before the anchor's. Connected external
 * accounts have none: their bank issues their statements.
 */
final class StatementSeeder {

    private final SeedContext context;
    private final DataStore store;

    StatementSeeder(SeedContext context, DataStore store) {
        this.context = context;
        this.store = store;
    }

    void seed() {
        YearMonth anchorMonth = YearMonth.from(SeedContext.ANCHOR.atZone(ZoneOffset.UTC));
        for (int back = SeedCatalog.STATEMENT_MONTHS; back >= 1; back--) {
            YearMonth period = anchorMonth.minusMonths(back);
            for (ObjectNode account : store.bankAccounts().where(a -> !a.get("is_external_account").asBoolean())) {
                store.statements().put(StatementDocument.create(context.ids().uuid("statement"), account, period,
                        store.organization()));
            }
        }
    }
}
