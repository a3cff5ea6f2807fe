package io.camelqonto.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A beneficiary as the legacy beneficiaries endpoints show it, which Qonto has deprecated in favour of
 * {@link SepaBeneficiary}: the account details sit under {@code bank_account}, with the fields of non-SEPA accounts.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegacyBeneficiary(String id, String name, String status, Boolean trusted, Instant createdAt,
        Instant updatedAt, BankAccount bankAccount,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id          its id
     * @param name        its name
     * @param status      its status, as Qonto spells it
     * @param trusted     whether transfers to it need no Strong Customer Authentication
     * @param createdAt   when it was created
     * @param updatedAt   when it was last updated
     * @param bankAccount its account details
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public LegacyBeneficiary {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** The beneficiary's account: an IBAN and BIC, or for non-SEPA accounts a number with its routing codes. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BankAccount(String iban, String bic, String currency, String accountNumber, String routingNumber,
            String intermediaryBankBic, String swiftSortCode,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param iban                the IBAN, for SEPA accounts
         * @param bic                 the BIC
         * @param currency            the account's currency
         * @param accountNumber       the account number, for accounts outside SEPA
         * @param routingNumber       the routing number, for accounts outside SEPA
         * @param intermediaryBankBic the BIC of the intermediary bank, if any
         * @param swiftSortCode       the sort code, for UK accounts
         * @param otherFields         the keys beyond the declared ones, kept and written back as they are; none when
         *                            null
         */
        public BankAccount {
            otherFields = OtherFields.copyOf(otherFields);
        }

        @Override
        public String toString() {
            return "BankAccount[iban=" + Iban.mask(iban) + ", bic=" + bic + ", currency=" + currency + "]";
        }
    }

    @Override
    public String toString() {
        return "LegacyBeneficiary[id=" + id + ", name=" + name + ", status=" + status + ", trusted=" + trusted
                + ", bankAccount=" + bankAccount + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
