package io.camelqonto.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Up to 400 payees to verify at once (or to send without verification), each under an id of the caller's choosing.
 * The proof Qonto answers with covers exactly this set of IBANs: a bulk transfer to these payees sends it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PayeeVerificationBatch(List<Payee> requests) implements QontoInput {

    /**
     * Keeps its own copy of the requests.
     *
     * @param requests the payees, at most 400
     */
    public PayeeVerificationBatch {
        requests = requests == null ? null : List.copyOf(requests);
    }

    /** One payee: the IBAN, the name to check against its holder, and the caller's id for the answer. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Payee(String id, String beneficiaryName, String iban) {

        /**
         * Writes the IBAN without spaces, in capitals.
         *
         * @param id              the caller's id for the answer
         * @param beneficiaryName the name to check against the IBAN's holder
         * @param iban            the IBAN
         */
        public Payee {
            iban = Iban.normalize(iban);
        }

        @Override
        public String toString() {
            return "Payee[id=" + id + ", beneficiaryName=" + beneficiaryName + ", iban=" + Iban.mask(iban) + "]";
        }
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("payee verification");
        if (requests == null || requests.isEmpty() || requests.size() > NewBulkTransfer.MAX_TRANSFERS) {
            validation.add("requests", "must hold between 1 and " + NewBulkTransfer.MAX_TRANSFERS + " payees (got "
                    + (requests == null ? 0 : requests.size()) + ")");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < requests.size(); i++) {
                Payee payee = requests.get(i);
                String prefix = "requests[" + i + "].";
                if (payee == null) {
                    validation.add("requests[" + i + "]", "is required");
                    continue;
                }
                validation.required(prefix + "id", payee.id())
                        .required(prefix + "beneficiary_name", payee.beneficiaryName())
                        .maxLength(prefix + "beneficiary_name", payee.beneficiaryName(), 140)
                        .required(prefix + "iban", payee.iban())
                        .iban(prefix + "iban", payee.iban());
                if (payee.id() != null && !ids.add(payee.id())) {
                    validation.add(prefix + "id", "is used by another payee of this batch");
                }
            }
        }
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "PayeeVerificationBatch[payees=" + (requests == null ? 0 : requests.size()) + "]";
    }
}
