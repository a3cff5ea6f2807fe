package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdempotencyTest {

    private static final EmulatorClock CLOCK = EmulatorClock.at(Instant.parse("2026-03-03T08:00:00Z"));

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = QontoEmulatorExtension.builder()
            .configure(emulator -> emulator.clock(CLOCK))
            .build();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http oauth = Http.oauth(emulator);
    private final Map<String, Object> trusted = Fixtures.beneficiary(emulator, true);
    private String vopToken;

    @BeforeEach
    void setUp() {
        vopToken = Fixtures.vopToken(oauth, (String) trusted.get("iban"));
    }

    @Test
    void requiresAKeyOnPaymentCreation() {
        Http.Reply reply = oauth.post("/v2/sepa/transfers", transfer("10.00"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("missing_idempotency_key");
        assertThat(reply.json().at("/errors/0/detail").asText()).isEqualTo("X-Qonto-Idempotency-Key header is required");
    }

    @Test
    void answersARepeatedKeyWithTheFirstResponseWhateverTheBody() {
        int before = emulator.store().sepaTransfers().size();
        String key = Fixtures.idempotencyKey();

        Http.Reply first = oauth.post("/v2/sepa/transfers", transfer("10.00"), "X-Qonto-Idempotency-Key", key);
        Http.Reply second = oauth.post("/v2/sepa/transfers", transfer("99.00"), "X-Qonto-Idempotency-Key", key);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("X-Tyk-Trace-Id")).isNotEqualTo(first.header("X-Tyk-Trace-Id"));
        assertThat(emulator.store().sepaTransfers()).hasSize(before + 1);
    }

    @Test
    void doesNotKeepFailedResponses() {
        String key = Fixtures.idempotencyKey();

        Http.Reply refused = oauth.post("/v2/sepa/transfers", transfer("1.999"), "X-Qonto-Idempotency-Key", key);
        Http.Reply accepted = oauth.post("/v2/sepa/transfers", transfer("1.99"), "X-Qonto-Idempotency-Key", key);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().at("/transfer/amount_cents").asLong()).isEqualTo(199);
    }

    @Test
    void forgetsKeysAfterThirtyMinutes() {
        String key = Fixtures.idempotencyKey();
        String first = oauth.post("/v2/sepa/transfers", transfer("10.00"), "X-Qonto-Idempotency-Key", key)
                .json().at("/transfer/id").asText();

        CLOCK.advance(Duration.ofMinutes(29));
        String withinWindow = oauth.post("/v2/sepa/transfers", transfer("10.00"), "X-Qonto-Idempotency-Key", key)
                .json().at("/transfer/id").asText();
        CLOCK.advance(Duration.ofMinutes(1));
        String afterWindow = oauth.post("/v2/sepa/transfers", transfer("10.00"), "X-Qonto-Idempotency-Key", key)
                .json().at("/transfer/id").asText();

        assertThat(withinWindow).isEqualTo(first);
        assertThat(afterWindow).isNotEqualTo(first);
    }

    @Test
    void createsOnceWhenConcurrentCallsShareAKey() throws Exception {
        int before = emulator.store().sepaTransfers().size();
        String key = Fixtures.idempotencyKey();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                replies.add(pool.submit(() -> oauth.post("/v2/sepa/transfers", transfer("10.00"),
                        "X-Qonto-Idempotency-Key", key)));
            }
            Set<String> bodies = new HashSet<>();
            for (Future<Http.Reply> reply : replies) {
                assertThat(reply.get().status()).isEqualTo(200);
                bodies.add(reply.get().body());
            }
            assertThat(bodies).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(emulator.store().sepaTransfers()).hasSize(before + 1);
    }

    @Test
    void replaysBeneficiaryCreationWithItsStatus() {
        String key = Fixtures.idempotencyKey();
        String body = "{\"beneficiary\":{\"name\":\"Jian Yang\",\"iban\":\"FR7630004000011234567890173\"}}";

        Http.Reply first = oauth.post("/v2/sepa/beneficiaries", body, "X-Qonto-Idempotency-Key", key);
        Http.Reply second = oauth.post("/v2/sepa/beneficiaries", body, "X-Qonto-Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
    }

    private String transfer(String amount) {
        return Fixtures.transferTo(Fixtures.mainAccountId(emulator), (String) trusted.get("id"), amount, vopToken);
    }
}
