package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.store.DataStore;
import io.camelqonto.emulator.internal.store.DocumentData;
import io.camelqonto.emulator.internal.store.IdFactory;
import io.camelqonto.emulator.internal.store.InvoicingData;
import io.camelqonto.emulator.internal.store.ResourceTable;
import io.camelqonto.emulator.internal.store.TransferTables;
import java.util.List;

/** Builds the deterministic initial data of an emulator from its seed. */
public final class Seeder {

    private Seeder() {
    }

    public static DataStore seed(long seed) {
        IdFactory ids = new IdFactory(seed);
        SeedContext context = new SeedContext(seed, ids);
        OrganizationSeeder organizationSeeder = new OrganizationSeeder(context);
        ObjectNode organization = organizationSeeder.organization();
        // The first member is the owner: the user an API caller acts as.
        List<String> members = List.of(ids.uuid("membership"), ids.uuid("membership"), ids.uuid("membership"));
        DataStore store = new DataStore(organization, members.get(0), ids, new ResourceTable(), new ResourceTable(),
                new ResourceTable(), new ResourceTable(), new ResourceTable(), new ResourceTable(), new ResourceTable(),
                new ResourceTable(), new ResourceTable(), new ResourceTable(), new ResourceTable(),
                TransferTables.empty(), new InvoicingData(), new DocumentData());
        organizationSeeder.accounts(organization, store.bankAccounts());
        labels(context, store.labels());
        new BeneficiarySeeder(context).seed(store.beneficiaries());
        String mainAccountId = store.bankAccounts().where(a -> a.get("main").asBoolean()).get(0).get("id").asText();
        new TransferSeeder(context).seed(store.transfers(), store.beneficiaries(), mainAccountId, members);
        new TransactionSeeder(context, store, members).seed();
        new RequestSeeder(context, store, members).seed();
        // Seeded last, so that their draws from the seeded random leave everything seeded before unchanged.
        // Teams draw nothing from it: seeded before the members who belong to them, they move nothing.
        List<String> teams = new TeamSeeder(ids).seed(store.teams());
        new MembershipSeeder(ids).seed(store.memberships(), members, teams);
        new StatementSeeder(context, store).seed();
        new TransactionDetailsSeeder(context, store).seed();
        new TransferFamiliesSeeder(context, store).seed();
        new CardSeeder(context, store).seed();
        new InvoicingSeeder(ids, store).seed();
        new DocumentSeeder(ids, store).seed();
        return store;
    }

    private static void labels(SeedContext context, ResourceTable labels) {
        for (int i = 0; i < SeedCatalog.LABELS.size(); i++) {
            String parentId = context.ids().uuid("label");
            labels.put(Json.object().put("id", parentId).put("name", SeedCatalog.LABELS.get(i)).putNull("parent_id"));
            labels.put(Json.object().put("id", context.ids().uuid("label"))
                    .put("name", SeedCatalog.SUB_LABELS.get(i)).put("parent_id", parentId));
        }
    }
}
