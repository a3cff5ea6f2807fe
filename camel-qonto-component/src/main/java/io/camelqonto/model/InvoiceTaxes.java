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

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param type        the fund's code, e.g. {@code TC01}
         * @param rate        the contribution's rate, a decimal string
         * @param amount      the contribution, a decimal string
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
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

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param reason        the reason code, e.g. {@code RF01}
         * @param rate          the tax rate, a decimal string
         * @param paymentReason the payment reason code
         * @param amount        the tax withheld, a decimal string
         * @param otherFields   the keys beyond the declared ones, kept and written back as they are; none when null
         */
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

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param conditions  the payment conditions code, e.g. {@code TP01}
         * @param method      the payment method code, e.g. {@code MP05}
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
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
