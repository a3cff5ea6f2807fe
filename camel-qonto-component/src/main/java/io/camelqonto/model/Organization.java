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

    public Organization {
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
        address = address == null ? null : address.deepCopy();
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** A copy: the record stays immutable even though a JSON node is not. */
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
