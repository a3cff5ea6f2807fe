package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to creating or updating an international beneficiary: the beneficiary, the quote it was made against,
 * and the {@code targetAccountId} that the transfer's requirements and the transfer itself name.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SavedInternationalBeneficiary(InternationalBeneficiary beneficiary, InternationalQuote quote,
        String targetAccountId, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param beneficiary     the beneficiary
     * @param quote           the quote it was made against
     * @param targetAccountId the id of the beneficiary's target account, which the transfer's requirements and the
     *                        transfer name
     * @param otherFields     the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public SavedInternationalBeneficiary {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** The beneficiary's id. */
    @Override
    public String id() {
        return beneficiary == null ? null : beneficiary.id();
    }

    @Override
    public String toString() {
        return "SavedInternationalBeneficiary[beneficiary=" + beneficiary + ", quote=" + quote + ", targetAccountId="
                + targetAccountId + "]";
    }
}
