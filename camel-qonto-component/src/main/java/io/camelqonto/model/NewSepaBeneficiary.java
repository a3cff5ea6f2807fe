package io.camelqonto.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A beneficiary to create, or to name inline in a transfer (Qonto then creates or reuses the
 * beneficiary with that IBAN, untrusted). The IBAN loses its spaces and the BIC its surrounding whitespace, and both
 * are upper-cased, so what is checked is what is sent; the name is sent as given.
 *
 * @param name        the account holder's name
 * @param iban        the IBAN, kept in its compact form
 * @param bic         the BIC, or null
 * @param email       an e-mail address to notify, or null
 * @param activityTag Qonto's activity tag, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewSepaBeneficiary(String name, String iban, String bic, String email, String activityTag) implements QontoInput {

    /**
     * Keeps the IBAN in its compact form.
     *
     * @param name        the account holder's name
     * @param iban        the IBAN, with or without spaces
     * @param bic         the BIC, or null
     * @param email       an e-mail address to notify, or null
     * @param activityTag Qonto's activity tag, or null
     */
    public NewSepaBeneficiary {
        iban = Iban.normalize(iban);
        bic = bic == null ? null : bic.strip().toUpperCase(Locale.ROOT);
        email = email == null ? null : email.strip();
    }

    /**
     * A beneficiary with a name and an IBAN only.
     *
     * @param name the account holder's name
     * @param iban the IBAN
     * @return the beneficiary
     */
    public static NewSepaBeneficiary of(String name, String iban) {
        return new NewSepaBeneficiary(name, iban, null, null, null);
    }

    /**
     * Adds this beneficiary's violations under the given field prefix.
     *
     * @param validation the validation to add to
     * @param prefix     put before each field name, e.g. {@code transfer.beneficiary.}
     * @return the validation
     */
    public Validation validate(Validation validation, String prefix) {
        return validation.required(prefix + "name", name)
                .maxLength(prefix + "name", name, 140)
                .text(prefix + "name", name)
                .required(prefix + "iban", iban)
                .iban(prefix + "iban", iban)
                .bic(prefix + "bic", bic)
                .maxLength(prefix + "email", email, 254)
                .email(prefix + "email", email)
                .text(prefix + "activity_tag", activityTag);
    }

    /** Throws {@link InvalidInputException} when Qonto would refuse this beneficiary. */
    public void validate() {
        validate(Validation.of("SEPA beneficiary"), "beneficiary.").throwIfInvalid();
    }

    @Override
    public String toString() {
        return "NewSepaBeneficiary[name=" + name + ", iban=" + Iban.mask(iban) + ", bic=" + bic + "]";
    }
}
