package io.camelqonto.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The organization the credentials belong to, with its bank accounts. {@code address} is an object Qonto sends
 * without documenting its shape, so it is kept as JSON.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Organization(String id, String name, String slug, String legalName, String locale, String legalCountry,
        String legalForm, String legalNumber, String legalSector, String legalAddress, String legalRegistrationDate,
        String contractSignedAt, List<BankAccount> bankAccounts, BigDecimal legalShareCapital, JsonNode address,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the bank accounts.
     *
     * @param id                    the organization's id
     * @param name                  its name
     * @param slug                  the login of its API key
     * @param legalName             its legal name
     * @param locale                its language
     * @param legalCountry          its country of registration
     * @param legalForm             its legal form
     * @param legalNumber           its registration number
     * @param legalSector           its sector
     * @param legalAddress          its registered address
     * @param legalRegistrationDate when it was registered
     * @param contractSignedAt      when it signed with Qonto
     * @param bankAccounts          its bank accounts; none when null
     * @param legalShareCapital     its share capital
     * @param address               its address, as Qonto sent it
     * @param otherFields           the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public Organization {
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
        address = address == null ? null : address.deepCopy();
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** {@return a copy of the address: the record stays immutable even though a JSON node is not} */
    @Override
    public JsonNode address() {
        return address == null ? null : address.deepCopy();
    }

    @Override
    public String toString() {
        return "Organization[id=" + id + ", slug=" + slug + ", legalName=" + legalName + ", bankAccounts=" + bankAccounts
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
