package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The issuing organization as an invoice or quote recorded it, with the legal mentions printed on it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvoiceOrganization(String id, String legalName, String legalNumber, String legalCountry,
        @JsonProperty("address_line_1") String addressLine1, @JsonProperty("address_line_2") String addressLine2,
        String addressZipcode, String addressCity, String addressCountry, String companyLeadership,
        String districtCourt, String commercialRegisterNumber, String vatNumber, String taxNumber,
        Money legalCapitalShare, String transactionType, String vatPaymentCondition,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public InvoiceOrganization {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "InvoiceOrganization[id=" + id + ", legalName=" + legalName + ", legalCountry=" + legalCountry
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
