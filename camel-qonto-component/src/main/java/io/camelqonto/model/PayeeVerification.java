package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Result of a Verification of Payee. The proof token is valid 23 hours whatever the result and must accompany the
 * transfer. Qonto documents {@code proof_token} both as {@code {"token": "..."}} and as a plain string: {@link #proof()}
 * keeps the shape Qonto sent, {@link #proofToken()} reads the token from either.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PayeeVerification(String matchResult, String matchedName, @JsonProperty("proof_token") JsonNode proof,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /** The name matches the account holder. */
    public static final String MATCH = "MATCH_RESULT_MATCH";
    /** The name is close to the account holder's, which {@code matchedName} gives. */
    public static final String CLOSE_MATCH = "MATCH_RESULT_CLOSE_MATCH";
    /** The name does not match the account holder. */
    public static final String NO_MATCH = "MATCH_RESULT_NO_MATCH";
    /** The payee's bank could not check the name. */
    public static final String NOT_POSSIBLE = "MATCH_RESULT_NOT_POSSIBLE";

    /**
     * Keeps its own copy of the proof and the keys beyond the declared ones.
     *
     * @param matchResult how the name matched the IBAN's holder, e.g. {@code MATCH_RESULT_MATCH}
     * @param matchedName the holder's name, when it matched only closely
     * @param proof       the proof token, as Qonto sent it: an object or a string
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public PayeeVerification {
        proof = proof == null || proof.isNull() ? null : proof.deepCopy();
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * {@return a copy of {@code proof_token} as Qonto sent it: the record stays immutable even though a JSON node is
     * not}
     */
    @Override
    public JsonNode proof() {
        return proof == null ? null : proof.deepCopy();
    }

    /** {@return the token to send as {@code vop_proof_token}, or null when Qonto sent none} */
    public String proofToken() {
        JsonNode token = proof != null && proof.isObject() ? proof.get("token") : proof;
        return token == null || !token.isTextual() ? null : token.asText();
    }

    /** Qonto gives a verification no id; its proof token is what later calls refer to. */
    @Override
    public String id() {
        return null;
    }

    @Override
    public String status() {
        return matchResult;
    }

    @Override
    public String toString() {
        return "PayeeVerification[matchResult=" + matchResult + ", matchedName=" + matchedName + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
