package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A member to invite: Qonto creates the membership and e-mails the invitation at once. {@code role} is one of Qonto's
 * roles (e.g. {@code employee}, {@code accountant}, {@code reporting}), kept as a string because Qonto adds roles.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewMembership(String email, String firstName, String lastName, String role, String teamId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param email       the address the invitation goes to
     * @param firstName   the first name
     * @param lastName    the last name
     * @param role        one of Qonto's roles, e.g. {@code employee}, {@code accountant} or {@code reporting}
     * @param teamId      the id of the team to join
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public NewMembership {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * A member to invite, in no team yet.
     *
     * @param email     the address the invitation goes to
     * @param firstName the first name
     * @param lastName  the last name
     * @param role      one of Qonto's roles, e.g. {@code employee}
     * @return the member to invite
     */
    public static NewMembership of(String email, String firstName, String lastName, String role) {
        return new NewMembership(email, firstName, lastName, role, null, null);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("membership")
                .required("membership.email", email)
                .required("membership.first_name", firstName)
                .required("membership.last_name", lastName)
                .required("membership.role", role)
                .identifier("membership.team_id", teamId);
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            validation.add("membership.email", "is not an e-mail address");
        }
        InputFields.check(validation, "membership.", otherFields).throwIfInvalid();
    }

    /** Names and e-mail address are personal data. */
    @Override
    public String toString() {
        return "NewMembership[role=" + role + ", teamId=" + teamId + "]";
    }
}
