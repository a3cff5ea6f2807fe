package io.camelqonto.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The organization the credentials belong to, with its bank accounts. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Organization(String id, String name, String slug, String legalName, String locale, String legalCountry,
        String legalForm, String legalNumber, String legalSector, String legalAddress, String legalRegistrationDate,
        String contractSignedAt, List<BankAccount> bankAccounts) implements QontoModel {

    public Organization {
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
    }
}
