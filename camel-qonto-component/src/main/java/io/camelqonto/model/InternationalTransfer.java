package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An international transfer as Qonto answers its creation; the status is Qonto's, in capitals (PROCESSING). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InternationalTransfer(String id, String beneficiaryId, String bankAccountId, CurrencyAmount sourceAmount,
        CurrencyAmount targetAmount, String status, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields)
        implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id            its id
     * @param beneficiaryId the id of the beneficiary
     * @param bankAccountId the id of the account debited
     * @param sourceAmount  the amount sent, in the source currency
     * @param targetAmount  the amount received, in the target currency
     * @param status        its status, in capitals, e.g. {@code PROCESSING}
     * @param otherFields   the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public InternationalTransfer {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "InternationalTransfer[id=" + id + ", beneficiaryId=" + beneficiaryId + ", sourceAmount="
                + sourceAmount + ", targetAmount=" + targetAmount + ", status=" + status + "]";
    }
}
