package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.MembershipDocument;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.store.IdFactory;
import io.camelqonto.emulator.internal.store.ResourceTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The memberships of the organization: the members who act in the seeded data, then the others. */
final class MembershipSeeder {

    private static final Map<String, String> POSITIONS = Map.of("owner", "Chief Executive Officer",
            "admin", "Head of Engineering", "manager", "Head of Business Development", "employee", "Engineer",
            "accountant", "Chartered Accountant", "reporting", "Investor Relations");

    private final IdFactory ids;

    MembershipSeeder(IdFactory ids) {
        this.ids = ids;
    }

    /**
     * @param actingMembers the ids the other seeders used, matched in order with the first members
     * @param teams         the ids of the teams, which the members are spread over
     */
    void seed(ResourceTable memberships, List<String> actingMembers, List<String> teams) {
        List<MemberSpec> members = SeedCatalog.MEMBERS;
        for (int i = 0; i < members.size(); i++) {
            String id = i < actingMembers.size() ? actingMembers.get(i) : ids.uuid("membership");
            memberships.put(MembershipDocument.withContact(membership(id, members.get(i)), contact(i, members.get(i),
                    teams.get(i % teams.size()))));
        }
    }

    /** What only the member's own membership shows: contact data, team and identity check. */
    private static ObjectNode contact(int index, MemberSpec member, String teamId) {
        // Inferred: Qonto documents kyc_status with accepted as its only example.
        return Json.object()
                .put("email", (member.firstName() + "." + member.lastName()).toLowerCase(Locale.ROOT)
                        + "@piedpiper.example")
                .put("phone_number", String.format(Locale.ROOT, "+336120000%02d", index + 1))
                .put("position", POSITIONS.get(member.role()))
                .put("locale", "DE".equals(member.residenceCountry()) ? "de"
                        : "FR".equals(member.residenceCountry()) ? "fr" : "en")
                .put("team_id", teamId)
                .put("kyc_status", "pending".equals(member.status()) ? "pending" : "accepted");
    }

    /** Qonto's fields of the list, in the order of its reference. */
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
