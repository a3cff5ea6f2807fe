package io.camelqonto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Changes to a SEPA beneficiary; null fields are left as they are. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SepaBeneficiaryUpdate(String name, String email, String activityTag) implements QontoInput {

    /**
     * Strips the e-mail address.
     *
     * @param name        its new name, or null
     * @param email       its new e-mail address, or null
     * @param activityTag its new activity tag, or null
     */
    public SepaBeneficiaryUpdate {
        email = email == null ? null : email.strip();
    }

    /** Throws {@link InvalidInputException} when Qonto would refuse the update, or when it changes nothing. */
    public void validate() {
        Validation validation = Validation.of("SEPA beneficiary update").maxLength("beneficiary.name", name, 140)
                .text("beneficiary.name", name)
                .maxLength("beneficiary.email", email, 254)
                .email("beneficiary.email", email)
                .text("beneficiary.activity_tag", activityTag);
        if (name == null && email == null && activityTag == null) {
            validation.add("beneficiary", "names no field to change (name, email or activity_tag)");
        }
        if (name != null && name.isBlank()) {
            validation.add("beneficiary.name", "must not be blank");
        }
        validation.throwIfInvalid();
    }
}
