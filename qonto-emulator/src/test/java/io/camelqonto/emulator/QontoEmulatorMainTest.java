package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QontoEmulatorMainTest {

    @Test
    void readsTheCommandLine() {
        try (QontoEmulator emulator = QontoEmulatorMain.parse(List.of("--seed", "9", "--api-key", "acme:k3y",
                "--oauth-client", "app:secret", "--staging-token", "stg")).start()) {
            assertThat(emulator.seed()).isEqualTo(9);
            assertThat(emulator.apiKeyAuthorization()).isEqualTo("acme:k3y");
            assertThat(emulator.oauthClientId()).isEqualTo("app");
            assertThat(emulator.oauthClientSecret()).isEqualTo("secret");
            assertThat(emulator.stagingToken()).isEqualTo("stg");
        }
    }

    @Test
    void refusesUnknownOptionsAndMalformedValues() {
        assertThatThrownBy(() -> QontoEmulatorMain.parse(List.of("--colour", "blue")))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> QontoEmulatorMain.parse(List.of("--port"))).hasMessage("Missing value after --port");
        assertThatThrownBy(() -> QontoEmulatorMain.parse(List.of("--verbose"))).hasMessage("Unknown option --verbose");
        assertThatThrownBy(() -> QontoEmulatorMain.parse(List.of("--api-key", "nocolon")))
                .hasMessageContaining("--api-key");
        assertThatThrownBy(() -> QontoEmulatorMain.parse(List.of("--port", "4294975376")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port");
    }

    @Test
    void helpIsAskedForWithEitherSpelling() {
        assertThat(QontoEmulatorMain.asksForHelp(List.of("--help"))).isTrue();
        assertThat(QontoEmulatorMain.asksForHelp(List.of("--port", "8080", "-h"))).isTrue();
        assertThat(QontoEmulatorMain.asksForHelp(List.of("--port", "8080"))).isFalse();
    }

    @Test
    void printsTheBaseUrlCredentialsAndAWorkingRefreshToken() {
        try (QontoEmulator emulator = QontoEmulator.startDefault()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            QontoEmulatorMain.printWelcome(emulator, new PrintStream(out, true, StandardCharsets.UTF_8));

            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains(emulator.baseUrl()).contains("demo-org:demo-secret-key")
                    .contains("demo-client").contains(emulator.oauthTokenUrl());
            Matcher refreshToken = Pattern.compile("ory_rt_\\S+").matcher(printed);
            assertThat(refreshToken.find()).isTrue();
            Http.Reply refreshed = Http.anonymous(emulator).form("/oauth2/token", "grant_type=refresh_token"
                    + "&refresh_token=" + refreshToken.group() + "&client_id=demo-client&client_secret=demo-client-secret");
            assertThat(refreshed.status()).isEqualTo(200);
        }
    }
}
