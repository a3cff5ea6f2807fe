package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitTest {

    private static final EmulatorClock CLOCK = EmulatorClock.at(Instant.parse("2026-03-04T08:00:00Z"));

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = QontoEmulatorExtension.builder()
            .configure(emulator -> emulator.clock(CLOCK))
            .build();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http http = Http.apiKey(emulator);

    @Test
    void refusesRequestsBeyondTheLimitUntilTheWindowSlides() {
        emulator.rateLimits().set(5, Duration.ofSeconds(10));
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/v2/organization").status()).isEqualTo(200);
            CLOCK.advance(Duration.ofSeconds(1));
        }

        Http.Reply limited = http.get("/v2/organization");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().at("/errors/0/code").asText()).isEqualTo("too_many_requests");
        assertThat(limited.header("Retry-After")).isEqualTo("5");
        CLOCK.advance(Duration.ofSeconds(5));
        assertThat(http.get("/v2/organization").status()).isEqualTo(200);
    }

    @Test
    void appliesTheDefaultLimitOfAThousandRequestsPerTenSeconds() {
        for (int i = 0; i < 1000; i++) {
            assertThat(http.get("/v2/bank_accounts").status()).isEqualTo(200);
        }

        assertThat(http.get("/v2/bank_accounts").status()).isEqualTo(429);
    }

    @Test
    void neverLimitsAdminCalls() {
        emulator.rateLimits().set(1, Duration.ofMinutes(1));
        http.get("/v2/organization");
        assertThat(http.get("/v2/organization").status()).isEqualTo(429);

        assertThat(http.get("/_emulator/journal").status()).isEqualTo(200);
        assertThat(http.get("/_emulator/journal").status()).isEqualTo(200);
    }

    @Test
    void resetRestoresTheConfiguredLimit() {
        emulator.rateLimits().set(1, Duration.ofMinutes(1));
        http.get("/v2/organization");
        assertThat(http.get("/v2/organization").status()).isEqualTo(429);

        emulator.reset();

        assertThat(http.get("/v2/organization").status()).isEqualTo(200);
        assertThat(http.get("/v2/organization").status()).isEqualTo(200);
    }
}
