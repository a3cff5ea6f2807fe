package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Result of a Verification of Payee. The proof token is valid 23 hours whatever the result and must
 * accompany the transfer. Qonto documents it both as a string and as {@code {"token": "..."}}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PayeeVerification(String matchResult, String matchedName, String proofToken) {

    /** The name matches the account holder. */
    public static final String MATCH = "MATCH_RESULT_MATCH";
    /** The name is close to the account holder's, which {@code matchedName} gives. */
    public static final String CLOSE_MATCH = "MATCH_RESULT_CLOSE_MATCH";
    /** The name does not match the account holder. */
    public static final String NO_MATCH = "MATCH_RESULT_NO_MATCH";
    /** The payee's bank could not check the name. */
    public static final String NOT_POSSIBLE = "MATCH_RESULT_NOT_POSSIBLE";

    @JsonCreator
    static PayeeVerification fromJson(@JsonProperty("match_result") String matchResult,
            @JsonProperty("matched_name") String matchedName, @JsonProperty("proof_token") Object proofToken) {
        Object token = proofToken instanceof Map<?, ?> map ? map.get("token") : proofToken;
        return new PayeeVerification(matchResult, matchedName, token == null ? null : token.toString());
    }

    @Override
    public String toString() {
        return "PayeeVerification[matchResult=" + matchResult + ", matchedName=" + matchedName + "]";
    }
}
