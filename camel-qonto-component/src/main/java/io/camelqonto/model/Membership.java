package io.camelqonto.model;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A member of the organization. Qonto fills different fields depending on the call: the list gives identity and
 * ownership data ({@code birthdate}, {@code nationality}, {@code ubo}), the authenticated membership gives contact
 * data ({@code email}, {@code phone_number}); {@code role} and {@code status} are kept as strings because Qonto
 * extends them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Membership(String id, String firstName, String lastName, String email, String phoneNumber,
        String position, String role, String status, String locale, String teamId, String kycStatus,
        String residenceCountry, LocalDate birthdate, String nationality, String birthCountry, Boolean ubo,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id               its id
     * @param firstName        the member's first name
     * @param lastName         the member's last name
     * @param email            the member's e-mail address
     * @param phoneNumber      the member's phone number
     * @param position         the member's position in the organization
     * @param role             the member's role, e.g. {@code employee} or {@code accountant}
     * @param status           its status
     * @param locale           the member's language
     * @param teamId           the id of the member's team
     * @param kycStatus        where the member's identity check stands
     * @param residenceCountry the country the member lives in
     * @param birthdate        the member's birth date
     * @param nationality      the member's nationality
     * @param birthCountry     the country the member was born in
     * @param ubo              whether the member is an ultimate beneficial owner
     * @param otherFields      the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public Membership {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Names, contact and identity data are personal: only what tells members apart is shown. */
    @Override
    public String toString() {
        return "Membership[id=" + id + ", role=" + role + ", status=" + status + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
