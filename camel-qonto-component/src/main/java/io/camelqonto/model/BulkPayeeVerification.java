package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to a bulk Verification of Payee, or to a skipped one (which has no results): one proof for the whole set
 * of IBANs, valid 23 hours, and for a verification one {@link Result} per payee. Like a single verification's, the
 * proof comes as {@code {"token": ...}} or as a plain string: {@link #proofToken()} reads either.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkPayeeVerification(List<Result> requests, @JsonProperty("proof_token") JsonNode proof,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the requests, the proof and the keys beyond the declared ones.
     *
     * @param requests    the verification of each payee; none when verification was skipped
     * @param proof       the proof covering the whole set of IBANs, as Qonto sent it
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public BulkPayeeVerification {
        requests = requests == null ? null : List.copyOf(requests);
        proof = proof == null || proof.isNull() ? null : proof.deepCopy();
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The verification of one payee, under the id the caller gave it: its {@code response} (match result and
     * matched name), or the {@code errorCode} of a bank that could not answer.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String id, String beneficiaryName, String iban, PayeeVerification response,
            String errorCode, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param id              the id the caller gave the payee
         * @param beneficiaryName the name of the payee
         * @param iban            the payee's IBAN
         * @param response        the verification's answer: match result and matched name
         * @param errorCode       why the payee's bank could not answer; null when it did
         * @param otherFields     the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Result {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /** {@return the match result, or null when the bank could not answer} */
        public String matchResult() {
            return response == null ? null : response.matchResult();
        }

        @Override
        public String toString() {
            return "Result[id=" + id + ", iban=" + Iban.mask(iban) + ", matchResult=" + matchResult() + ", errorCode="
                    + errorCode + "]";
        }
    }

    /** {@return a copy of {@code proof_token} as Qonto sent it} */
    @Override
    public JsonNode proof() {
        return proof == null ? null : proof.deepCopy();
    }

    /** {@return the token to send as a bulk transfer's {@code vop_proof_token}, or null when Qonto sent none} */
    public String proofToken() {
        JsonNode token = proof != null && proof.isObject() ? proof.get("token") : proof;
        return token == null || !token.isTextual() ? null : token.asText();
    }

    /** A verification has no id of its own; its proof is what the transfer refers to. */
    @Override
    public String id() {
        return null;
    }

    @Override
    public String toString() {
        return "BulkPayeeVerification[results=" + (requests == null ? 0 : requests.size()) + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
