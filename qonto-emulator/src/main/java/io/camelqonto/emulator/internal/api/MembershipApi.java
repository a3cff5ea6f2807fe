package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.MembershipDocument;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;

/**
 * The members of the organization: everyone granted access to its Qonto account, invited or revoked ones too; the
 * caller's own membership; and the invitation of new members.
 */
final class MembershipApi {

    /** The roles the invitation endpoint, named after employees and accountants, gives. */
    // Inferred: Qonto's example invites a reporting member; owners are made otherwise.
    private static final List<String> INVITABLE_ROLES = MembershipDocument.ROLES.subList(1,
            MembershipDocument.ROLES.size());

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/memberships", Scopes.ORGANIZATION_READ, this::list),
                Endpoint.oauthOnly("GET", "/v2/membership", Scopes.MEMBERSHIP_READ, this::own),
                Endpoint.oauthOnly("POST", "/v2/memberships/invite_employee_or_accountant",
                        Scopes.MEMBERSHIP_WRITE, this::invite));
    }

    private ApiResponse list(ApiCall call) {
        PageRequest page = PageRequest.read(call.query(), PageRequest.DEFAULT_PER_PAGE);
        return Page.of("memberships", call.domain().data().memberships().all().stream()
                .map(MembershipDocument::listed).toList(), page);
    }

    private ApiResponse own(ApiCall call) {
        return ApiResponse.json(200, Json.object().set("membership",
                MembershipDocument.own(call.domain().memberships().own())));
    }

    private ApiResponse invite(ApiCall call) {
        JsonNode membership = call.jsonBody().path("membership");
        if (!membership.isObject()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "membership can't be blank", "/membership"));
        }
        Violations violations = new Violations();
        String email = text(membership, "email");
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            violations.add("invalid", "email must be an e-mail address", "/membership/email");
        } else if (call.domain().memberships().activeByEmail(email).isPresent()) {
            // Inferred: Qonto does not document the error for a member invited twice.
            violations.add("taken", "email is already used by a member", "/membership/email");
        }
        for (String field : List.of("first_name", "last_name")) {
            if (text(membership, field) == null) {
                violations.add("blank", field + " can't be blank", "/membership/" + field);
            }
        }
        String role = text(membership, "role");
        if (!INVITABLE_ROLES.contains(role)) {
            violations.add("not_in_list", "role must be one of: " + String.join(", ", INVITABLE_ROLES),
                    "/membership/role");
        }
        String teamId = text(membership, "team_id");
        if (teamId != null && call.domain().teams().byId(teamId).isEmpty()) {
            violations.add("not_found", "team_id does not match any team", "/membership/team_id");
        }
        violations.throwIfAny();
        ObjectNode invited = call.domain().memberships().invite(email, text(membership, "first_name"),
                text(membership, "last_name"), role, teamId);
        return ApiResponse.json(200, Json.object().set("membership", MembershipDocument.invited(invited)));
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
