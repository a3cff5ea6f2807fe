package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.store.IdFactory;
import io.camelqonto.emulator.internal.store.ResourceTable;
import java.util.List;

/** The memberships of the organization: the members who act in the seeded data, then the others. */
final class MembershipSeeder {

    private final IdFactory ids;

    MembershipSeeder(IdFactory ids) {
        this.ids = ids;
    }

    /** @param actingMembers the ids the other seeders used, matched in order with the first members */
    void seed(ResourceTable memberships, List<String> actingMembers) {
        List<MemberSpec> members = SeedCatalog.MEMBERS;
        for (int i = 0; i < members.size(); i++) {
            String id = i < actingMembers.size() ? actingMembers.get(i) : ids.uuid("membership");
            memberships.put(membership(id, members.get(i)));
        }
    }

    /** Qonto's fields, in the order of its reference. */
    private static ObjectNode membership(String id, MemberSpec member) {
        return Json.object()
                .put("id", id)
                .put("first_name", member.firstName())
                .put("last_name", member.lastName())
                .put("role", member.role())
                .put("residence_country", member.residenceCountry())
                .put("birthdate", member.birthdate())
                .put("nationality", member.nationality())
                .put("ubo", member.ubo())
                .put("birth_country", member.birthCountry())
                .put("status", member.status());
    }
}
