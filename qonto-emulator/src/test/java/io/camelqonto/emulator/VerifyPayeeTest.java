package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VerifyPayeeTest {

    private static final String IBAN = "FR7630004000011234567890173";

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final Http oauth = Http.oauth(QONTO.emulator());

    @Test
    void readsTheOutcomeFromTheName() {
        JsonNode match = verify("Jane Doe");
        JsonNode closeMatch = verify("Jane Close Doe");
        JsonNode noMatch = verify("NoMatch Ltd");

        assertThat(match.get("match_result").asText()).isEqualTo("MATCH_RESULT_MATCH");
        assertThat(match.get("matched_name").asText()).isEqualTo("Jane Doe");
        assertThat(closeMatch.get("match_result").asText()).isEqualTo("MATCH_RESULT_CLOSE_MATCH");
        assertThat(closeMatch.get("matched_name").asText()).isEqualTo("Jane Doe");
        assertThat(noMatch.get("match_result").asText()).isEqualTo("MATCH_RESULT_NO_MATCH");
        assertThat(noMatch.get("matched_name").isNull()).isTrue();
        assertThat(verify("Unknown person").get("match_result").asText()).isEqualTo("MATCH_RESULT_NO_MATCH");
        assertThat(verify("Bank Unavailable").get("match_result").asText()).isEqualTo("MATCH_RESULT_NOT_POSSIBLE");
    }

    @Test
    void issuesAProofTokenWhateverTheOutcome() {
        assertThat(verify("NoMatch Ltd").at("/proof_token/token").asText()).isNotBlank();
        assertThat(verify("Jane Doe").at("/proof_token/token").asText()).isNotBlank();
    }

    @Test
    void refusesAnInvalidIban() {
        Http.Reply reply = oauth.post("/v2/sepa/verify_payee",
                "{\"iban\":\"FR7630004000011234567890170\",\"beneficiary_name\":\"Jane\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("invalid_iban");
    }

    private JsonNode verify(String name) {
        Http.Reply reply = oauth.post("/v2/sepa/verify_payee",
                "{\"iban\":\"" + IBAN + "\",\"beneficiary_name\":\"" + name + "\"}");
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }
}
