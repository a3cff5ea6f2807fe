package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to a bulk upload of supplier invoices. Qonto answers 200 whatever happened to each file: the invoices it
 * made, and an error for each file it refused, whose {@code source.pointer} names the file's index
 * ({@code /supplier_invoices/2/file}). A file sent again under the key of an earlier upload answers that upload's
 * invoice.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplierInvoiceBatch(List<SupplierInvoice> supplierInvoices, List<Error> errors,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the supplier invoices, the errors and the keys beyond the declared ones.
     *
     * @param supplierInvoices the invoices made
     * @param errors           an error for each file refused
     * @param otherFields      the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public SupplierInvoiceBatch {
        supplierInvoices = supplierInvoices == null ? List.of() : List.copyOf(supplierInvoices);
        errors = errors == null ? List.of() : List.copyOf(errors);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** A file Qonto refused, and why. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String code, String detail, Source source,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param code        the error's code
         * @param detail      the error, in words
         * @param source      where in the request the refused value is
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Error {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** Where in the request the refused value is. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String pointer, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param pointer     a JSON pointer to the refused value in the request
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Source {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** The batch has no id of its own. */
    @Override
    public String id() {
        return null;
    }

    @Override
    public String toString() {
        return "SupplierInvoiceBatch[supplierInvoices=" + supplierInvoices.size() + ", errors=" + errors
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
