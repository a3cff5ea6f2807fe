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

    public BankAccount {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "BankAccount[id=" + id + ", name=" + name + ", status=" + status + ", main=" + main + ", iban="
                + Iban.mask(iban) + ", currency=" + currency + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
