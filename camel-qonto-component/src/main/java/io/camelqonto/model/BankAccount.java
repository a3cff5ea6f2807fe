package io.camelqonto.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A business account of the organization. External (aggregated) accounts may have no IBAN. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BankAccount(String id, String slug, String name, String organizationId, String status, Boolean main,
        String iban, String bic, String currency, BigDecimal balance, Long balanceCents, BigDecimal authorizedBalance,
        Long authorizedBalanceCents, Instant updatedAt, Boolean isExternalAccount, String accountNumber,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id                     its id
     * @param slug                   its readable identifier, built from the organization's slug
     * @param name                   its name
     * @param organizationId         the id of the organization
     * @param status                 its status
     * @param main                   whether it is the organization's main account
     * @param iban                   its IBAN; null for some external accounts
     * @param bic                    its BIC
     * @param currency               its currency
     * @param balance                the balance
     * @param balanceCents           the balance in cents
     * @param authorizedBalance      the balance available to spend, pending debits deducted
     * @param authorizedBalanceCents the available balance in cents
     * @param updatedAt              when it was last updated
     * @param isExternalAccount      whether it is an account at another bank, aggregated into Qonto
     * @param accountNumber          the account number, for accounts without an IBAN
     * @param otherFields            the keys beyond the declared ones, kept and written back as they are; none when
     *                               null
     */
    public BankAccount {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "BankAccount[id=" + id + ", name=" + name + ", status=" + status + ", main=" + main + ", iban="
                + Iban.mask(iban) + ", currency=" + currency + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
