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

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id                       the organization's id
     * @param legalName                its legal name
     * @param legalNumber              its registration number
     * @param legalCountry             its country of registration
     * @param addressLine1             the first line of its address
     * @param addressLine2             the second line of its address
     * @param addressZipcode           the postal code of its address
     * @param addressCity              the city of its address
     * @param addressCountry           the country of its address
     * @param companyLeadership        the names of its managers, as German invoices print them
     * @param districtCourt            the court it is registered at, as German invoices print it
     * @param commercialRegisterNumber its commercial register number
     * @param vatNumber                its VAT number
     * @param taxNumber                its tax number
     * @param legalCapitalShare        its share capital
     * @param transactionType          the type of transactions invoiced, as French invoices state it
     * @param vatPaymentCondition      when VAT is due, as French invoices state it
     * @param otherFields              the keys beyond the declared ones, kept and written back as they are; none when
     *                                 null
     */
    public InvoiceOrganization {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "InvoiceOrganization[id=" + id + ", legalName=" + legalName + ", legalCountry=" + legalCountry
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
