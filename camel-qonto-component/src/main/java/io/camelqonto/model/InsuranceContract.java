package io.camelqonto.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An insurance policy the organization shares with Qonto. {@code origin} is {@code insurance_hub}, {@code qonto_other}
 * or {@code stello}; {@code paymentFrequency} {@code month}, {@code quarter}, {@code semester} or {@code annual};
 * {@code documents} come only when the contract is read, not in the answer to a write.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsuranceContract(String id, String name, String contractId, String origin, String providerSlug,
        String type, String status, String troubleshootingUrl, String serviceUrl, LocalDate expirationDate,
        LocalDate startDate, LocalDate renewalDate, String paymentFrequency, Money price,
        List<InsuranceDocument> documents, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields)
        implements QontoModel {

    public InsuranceContract {
        documents = documents == null ? null : List.copyOf(documents);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "InsuranceContract[id=" + id + ", name=" + name + ", contractId=" + contractId + ", providerSlug="
                + providerSlug + ", status=" + status + ", price=" + price + ", documents="
                + (documents == null ? null : documents.size()) + ", otherFields=" + OtherFields.describe(otherFields)
                + "]";
    }
}
