package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The Italian tax blocks of invoices, credit notes and quotes, which Qonto reports for e-invoicing. */
public final class InvoiceTaxes {

    private InvoiceTaxes() {
    }

    /** A social security fund contribution ({@code cassa previdenziale}): its code ({@code TC01}...) and rate. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WelfareFund(String type, String rate, String amount,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public WelfareFund {
            otherFields = OtherFields.copyOf(otherFields);
        }

        @Override
        public String toString() {
            return "WelfareFund[type=" + type + ", rate=" + rate + ", amount=" + amount + ", otherFields="
                    + OtherFields.describe(otherFields) + "]";
        }
    }

    /** A withholding tax ({@code ritenuta d'acconto}): its reason code ({@code RF01}...), rate and payment reason. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WithholdingTax(String reason, String rate, String paymentReason, String amount,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public WithholdingTax {
            otherFields = OtherFields.copyOf(otherFields);
        }

        @Override
        public String toString() {
            return "WithholdingTax[reason=" + reason + ", rate=" + rate + ", amount=" + amount + ", otherFields="
                    + OtherFields.describe(otherFields) + "]";
        }
    }

    /** How the invoice is to be paid, as Italian e-invoices code it: conditions ({@code TP01}...), method ({@code MP05}...). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PaymentReporting(String conditions, String method,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public PaymentReporting {
            otherFields = OtherFields.copyOf(otherFields);
        }

        @Override
        public String toString() {
            return "PaymentReporting[conditions=" + conditions + ", method=" + method + ", otherFields="
                    + OtherFields.describe(otherFields) + "]";
        }
    }
}
