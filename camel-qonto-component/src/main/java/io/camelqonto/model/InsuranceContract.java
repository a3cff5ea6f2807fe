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

    /**
     * Keeps its own copy of the documents and the keys beyond the declared ones.
     *
     * @param id                 its id
     * @param name               its name
     * @param contractId         the contract's number at the insurer
     * @param origin             where the contract comes from: {@code insurance_hub}, {@code qonto_other} or
     *                           {@code stello}
     * @param providerSlug       the insurer
     * @param type               the kind of insurance
     * @param status             its status
     * @param troubleshootingUrl the link to get help with the contract
     * @param serviceUrl         the link to manage the contract
     * @param expirationDate     the day it expires
     * @param startDate          the day it starts
     * @param renewalDate        the day it renews
     * @param paymentFrequency   how often it is paid: {@code month}, {@code quarter} or {@code year}
     * @param price              its price
     * @param documents          its PDF documents
     * @param otherFields        the keys beyond the declared ones, kept and written back as they are; none when null
     */
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
