package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class QontoEmulatorTest {

    @Test
    void stopClosesThePortAndAStartListensAgainWithTheSameState() {
        try (QontoEmulator emulator = QontoEmulator.startDefault()) {
            String id = emulator.store().addTransaction(Map.of("label", "Kept"));
            int port = emulator.port();

            emulator.stop();

            assertThat(emulator.isRunning()).isFalse();
            assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                    .isInstanceOf(ConnectException.class);
            emulator.start();
            assertThat(Http.apiKey(emulator).get("/v2/transactions/" + id).json().at("/transaction/label").asText())
                    .isEqualTo("Kept");
        }
    }

    @Test
    @Timeout(60)
    void stopEndsACallHeldByLatencyWithoutProcessingIt() throws InterruptedException {
        try (QontoEmulator emulator = QontoEmulator.startDefault()) {
            int before = emulator.store().beneficiaries().size();
            emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa/beneficiaries")
                    .latency(Duration.ofMinutes(5)).build());
            Http oauth = Http.oauth(emulator);
            CompletableFuture<?> held = CompletableFuture.supplyAsync(() -> {
                try {
                    return oauth.sendRaw("POST", "/v2/sepa/beneficiaries",
                            "{\"beneficiary\":{\"name\":\"Late\",\"iban\":\"FR7630004000011234567890173\"}}",
                            "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            // The rule is used up once the call is held.
            while (!emulator.faults().active().isEmpty()) {
                Thread.sleep(10);
            }

            emulator.stop();

            assertThat(emulator.store().beneficiaries()).hasSize(before);
            assertThat(emulator.journal().matching("POST", "/v2/sepa/beneficiaries")).singleElement()
                    .satisfies(recorded -> assertThat(recorded.status()).isZero());
            assertThat(held).failsWithin(Duration.ofSeconds(30));
        }
    }
}
