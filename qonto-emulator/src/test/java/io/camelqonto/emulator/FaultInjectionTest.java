package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultInjectionTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http http = Http.apiKey(emulator);

    @Test
    void answersAnInjectedStatusForTheNextMatchingCallsOnly() {
        emulator.faults().inject(FaultRule.builder().path("/v2/organization").status(503).times(2).build());

        Http.Reply first = http.get("/v2/organization");
        Http.Reply second = http.get("/v2/organization");
        Http.Reply third = http.get("/v2/organization");

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.json().at("/errors/0/code").asText()).isEqualTo("service_unavailable");
        assertThat(first.json().get("trace_id").asText()).isEqualTo(first.header("X-Tyk-Trace-Id"));
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(200);
        assertThat(emulator.faults().active()).isEmpty();
    }

    @Test
    void sendsRetryAfterWithAnInjected429() {
        emulator.faults().inject(FaultRule.builder().status(429).retryAfterSeconds(2).build());

        Http.Reply reply = http.get("/v2/bank_accounts");

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Retry-After")).isEqualTo("2");
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("too_many_requests");
    }

    @Test
    void delaysMatchingCalls() {
        emulator.faults().inject(FaultRule.builder().latency(Duration.ofMillis(300)).build());

        long start = System.nanoTime();
        Http.Reply reply = http.get("/v2/organization");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void dropsTheConnectionWithoutProcessingTheCall() {
        Http oauth = Http.oauth(emulator);
        String body = transferBody(oauth);
        int before = emulator.store().sepaTransfers().size();
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa/transfers").dropConnection().build());

        assertThatThrownBy(() -> oauth.sendRaw("POST", "/v2/sepa/transfers", body,
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey())).isInstanceOf(IOException.class);

        assertThat(emulator.store().sepaTransfers()).hasSize(before);
        assertThat(emulator.journal().matching("POST", "/v2/sepa/transfers")).singleElement()
                .satisfies(recorded -> assertThat(recorded.status()).isZero());
    }

    @Test
    void dropsTheResponseAfterCommittingSoThatARetryFindsTheTransferOnce() {
        Http oauth = Http.oauth(emulator);
        String body = transferBody(oauth);
        String key = Fixtures.idempotencyKey();
        int before = emulator.store().sepaTransfers().size();
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa/transfers")
                .dropResponseAfterCommit().build());

        assertThatThrownBy(() -> oauth.sendRaw("POST", "/v2/sepa/transfers", body, "X-Qonto-Idempotency-Key", key))
                .isInstanceOf(IOException.class);
        assertThat(emulator.store().sepaTransfers()).hasSize(before + 1);
        Http.Reply retry = oauth.post("/v2/sepa/transfers", body, "X-Qonto-Idempotency-Key", key);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().at("/transfer/id").asText()).isEqualTo(emulator.store().sepaTransfers().get(before).get("id"));
        assertThat(emulator.store().sepaTransfers()).hasSize(before + 1);
    }

    @Test
    void answersABodyThatIsNotJson() {
        emulator.faults().inject(FaultRule.builder().path("/v2/transactions").malformedBody().build());

        Http.Reply reply = http.get("/v2/transactions?bank_account_id=" + Fixtures.mainAccountId(emulator));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThatThrownBy(() -> new ObjectMapper().readTree(reply.body())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void matchesOnMethodAndPathPrefix() {
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa").status(500).build());

        assertThat(http.get("/v2/sepa/beneficiaries").status()).isEqualTo(200);
        assertThat(http.get("/v2/organization").status()).isEqualTo(200);
        assertThat(emulator.faults().active()).hasSize(1);
        assertThat(Http.oauth(emulator).post("/v2/sepa/verify_payee", "{}").status()).isEqualTo(500);
        assertThat(emulator.faults().active()).isEmpty();
    }

    @Test
    void letsTheNextMatchingRuleApplyWhenARateBasedRuleSparesTheCall() {
        emulator.faults().inject(FaultRule.builder().path("/v2/bank_accounts").status(502).rate(0.5).build());
        emulator.faults().inject(FaultRule.builder().path("/v2/bank_accounts").status(503).times(1000).build());

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(http.get("/v2/bank_accounts").status());
        }

        assertThat(statuses).containsOnly(502, 503);
    }

    @Test
    void appliesARateWithTheSeededRandomReproducibly() {
        List<Integer> first = statusesUnderRate();
        emulator.faults().clear();
        List<Integer> second = statusesUnderRate();

        assertThat(first).contains(200, 502).isEqualTo(second);
    }

    @Test
    void neverFaultsAdminCalls() {
        emulator.faults().inject(FaultRule.builder().status(500).times(5).build());

        assertThat(http.get("/_emulator/store/organization").status()).isEqualTo(200);
        assertThat(emulator.faults().active()).hasSize(1);
    }

    private List<Integer> statusesUnderRate() {
        emulator.faults().inject(FaultRule.builder().path("/v2/bank_accounts").status(502).rate(0.5).build());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(http.get("/v2/bank_accounts").status());
        }
        return statuses;
    }

    private String transferBody(Http oauth) {
        Map<String, Object> trusted = Fixtures.beneficiary(emulator, true);
        return Fixtures.transferTo(Fixtures.mainAccountId(emulator), (String) trusted.get("id"), "42.00",
                Fixtures.vopToken(oauth, (String) trusted.get("iban")));
    }
}
