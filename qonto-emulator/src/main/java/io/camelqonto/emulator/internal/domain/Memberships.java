package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.store.DataStore;
import java.util.Optional;

/** The members of the organization, and the invitation of new ones. */
public final class Memberships {

    private final DataStore data;

    Memberships(DataStore data) {
        this.data = data;
    }

    /** The membership API callers act as. */
    public ObjectNode own() {
        return data.memberships().get(data.membershipId()).orElseThrow();
    }

    /** A member with this e-mail address who has not left the organization. */
    public Optional<ObjectNode> activeByEmail(String email) {
        return data.memberships().where(m -> email.equalsIgnoreCase(m.path("email").asText())
                && !"revoked".equals(m.path("status").asText())).stream().findFirst();
    }

    /**
     * A membership for someone invited now: pending until they sign up, so without identity data yet. The invitation
     * goes out in the organization's language.
     */
    public ObjectNode invite(String email, String firstName, String lastName, String role, String teamId) {
        ObjectNode listed = Json.object()
                .put("id", data.ids().uuid("membership"))
                .put("first_name", firstName)
                .put("last_name", lastName)
                .put("role", role)
                .putNull("residence_country")
                .putNull("birthdate")
                .putNull("nationality")
                .put("ubo", false)
                .putNull("birth_country")
                .put("status", "pending");
        ObjectNode contact = Json.object()
                .put("email", email)
                .putNull("phone_number")
                .putNull("position")
                .put("locale", data.organization().path("locale").asText("en"))
                .put("team_id", teamId)
                .put("kyc_status", "pending");
        ObjectNode membership = MembershipDocument.withContact(listed, contact);
        data.memberships().put(membership);
        return membership;
    }
}
