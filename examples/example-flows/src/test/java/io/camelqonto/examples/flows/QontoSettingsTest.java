package io.camelqonto.examples.flows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QontoSettingsTest {

    @Test
    void noCredentialsMeansDemoMode() {
        assertThat(QontoSettings.fromEnvironment(Map.of("QONTO_SCA_MODE", "wait")::get)).isEmpty();
    }

    @Test
    void apiKey() {
        Map<String, String> env = Map.of("QONTO_LOGIN", "acme-1234", "QONTO_SECRET_KEY", "s3cr3t",
                "QONTO_BANK_ACCOUNT_ID", "acc-1");

        assertThat(QontoSettings.fromEnvironment(env::get)).contains(Map.of(
                "camel.component.qonto.login", "acme-1234",
                "camel.component.qonto.secret-key", "s3cr3t",
                "example.bank-account-id", "acc-1"));
    }

    @Test
    void oauthInTheSandboxWithATokenFile() {
        Map<String, String> env = Map.of("QONTO_CLIENT_ID", "app", "QONTO_CLIENT_SECRET", "app-secret",
                "QONTO_REFRESH_TOKEN", "ory_rt_1", "QONTO_TOKEN_FILE", "tokens.properties",
                "QONTO_STAGING_TOKEN", "staging", "QONTO_BANK_ACCOUNT_ID", "acc-1");

        assertThat(QontoSettings.fromEnvironment(env::get)).contains(Map.of(
                "camel.component.qonto.client-id", "app",
                "camel.component.qonto.client-secret", "app-secret",
                "camel.component.qonto.refresh-token", "ory_rt_1",
                "camel.component.qonto.token-file", "tokens.properties",
                "camel.component.qonto.staging-token", "staging",
                "example.bank-account-id", "acc-1"));
    }

    @Test
    void oauthWinsOverAnApiKey() {
        Map<String, String> env = Map.of("QONTO_LOGIN", "acme-1234", "QONTO_SECRET_KEY", "s3cr3t",
                "QONTO_CLIENT_ID", "app", "QONTO_CLIENT_SECRET", "app-secret", "QONTO_REFRESH_TOKEN", "ory_rt_1",
                "QONTO_BANK_ACCOUNT_ID", "acc-1");

        assertThat(QontoSettings.fromEnvironment(env::get)).hasValueSatisfying(properties -> assertThat(properties)
                .containsKeys("camel.component.qonto.client-id", "camel.component.qonto.refresh-token")
                .doesNotContainKeys("camel.component.qonto.login", "camel.component.qonto.secret-key"));
    }

    @Test
    void incompleteCredentialsNameTheMissingVariableWithoutShowingValues() {
        assertThatThrownBy(() -> QontoSettings.fromEnvironment(Map.of("QONTO_LOGIN", "acme-1234")::get))
                .hasMessage("QONTO_SECRET_KEY must be set together with QONTO_LOGIN");
        assertThatThrownBy(() -> QontoSettings.fromEnvironment(
                Map.of("QONTO_CLIENT_ID", "app", "QONTO_CLIENT_SECRET", "app-secret", "QONTO_BANK_ACCOUNT_ID", "a")::get))
                .hasMessageContaining("QONTO_REFRESH_TOKEN").hasMessageNotContaining("app-secret");
        assertThatThrownBy(() -> QontoSettings.fromEnvironment(
                Map.of("QONTO_LOGIN", "acme-1234", "QONTO_SECRET_KEY", "s3cr3t")::get))
                .hasMessage("QONTO_BANK_ACCOUNT_ID must be set together with Qonto credentials");
    }
}
