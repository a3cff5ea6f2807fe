package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;

/**
 * A membership as stored: everything Qonto knows of the member. Each call shows a part of it, in the order of Qonto's
 * reference: the list shows identity and ownership data, the member's own membership contact data.
 */
public final class MembershipDocument {

    public static final List<String> ROLES = List.of("owner", "admin", "manager", "reporting", "employee",
            "accountant");

    private static final List<String> LISTED = List.of("id", "first_name", "last_name", "role", "residence_country",
            "birthdate", "nationality", "ubo", "birth_country", "status");
    private static final List<String> OWN = List.of("id", "first_name", "last_name", "email", "phone_number",
            "position", "status", "role", "locale", "team_id", "kyc_status");
    private static final List<String> INVITED = List.of("id", "first_name", "last_name", "email", "role", "locale",
            "team_id");

    private MembershipDocument() {
    }

    /** The stored membership: the listed fields, then the contact ones. */
    public static ObjectNode withContact(ObjectNode listed, ObjectNode contact) {
        listed.setAll(contact);
        return listed;
    }

    /** As {@code GET /v2/memberships} shows it. */
    public static ObjectNode listed(ObjectNode membership) {
        return project(membership, LISTED);
    }

    /** As {@code GET /v2/membership} shows the caller's own. */
    public static ObjectNode own(ObjectNode membership) {
        return project(membership, OWN);
    }

    /** As the invitation's answer shows the new member. */
    public static ObjectNode invited(ObjectNode membership) {
        return project(membership, INVITED);
    }

    private static ObjectNode project(ObjectNode membership, List<String> fields) {
        ObjectNode shown = Json.object();
        fields.forEach(field -> shown.set(field, membership.get(field)));
        return shown;
    }
}
