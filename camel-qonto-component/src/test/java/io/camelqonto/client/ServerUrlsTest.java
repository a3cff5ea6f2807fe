package io.camelqonto.client;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.camelqonto.client.auth.ApiKeyCredentials;
import io.camelqonto.model.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The URLs credentials go to are checked when the configuration is built, before anything is sent. */
class ServerUrlsTest {

    private static QontoClientConfig.Builder config() {
        return QontoClientConfig.builder().credentials(new ApiKeyCredentials("login", "sk-secret"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not a url                              | is not a valid URL",
        "thirdparty.qonto.com                   | must be an absolute http(s) URL",
        "https:thirdparty.qonto.com             | must be an absolute http(s) URL",
        "file:///etc                            | must use https (or http to this machine), not file",
        "ftp://thirdparty.qonto.com             | must use https (or http to this machine), not ftp",
        "https://user:pa55word@qonto.example    | must not carry user information",
        "https:///v2                            | must name a host",
        "https://qonto.example/api?x=1          | must not have a query or a fragment",
        "https://qonto.example/api#top          | must not have a query or a fragment",
        "http://thirdparty.qonto.com            | set allowInsecureHttp=true",
        "http://10.0.0.7:8080                   | set allowInsecureHttp=true",
        "http://127.example.com                 | set allowInsecureHttp=true",
        "http://[2001:db8::1]                   | set allowInsecureHttp=true",
    })
    void anUnusableBaseUrlIsRefusedNamingTheOptionNotTheValue(String url, String reason) {
        assertThatThrownBy(() -> config().baseUrl(url).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fields()).containsExactly("baseUrl");
                    assertThat(e.getMessage()).contains(reason).doesNotContain("pa55word");
                });
    }

    @Test
    void theTokenUrlIsCheckedToo() {
        assertThatThrownBy(() -> config().tokenUrl("http://oauth.qonto.example/oauth2/token").build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fields()).containsExactly("tokenUrl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://thirdparty.qonto.com", "https://qonto.example:8443/prefix/", "http://localhost:8080",
        "http://LOCALHOST", "http://127.0.0.1:9000", "http://127.10.20.30", "http://[::1]:8080"})
    void httpsAnywhereAndPlainHttpToThisMachineAreAccepted(String url) {
        assertThat(config().baseUrl(url).tokenUrl(url).build().baseUrl()).startsWith(url.substring(0, 5));
    }

    @Test
    void plainHttpToAnotherHostNeedsToBeAllowedExplicitly() {
        QontoClientConfig config = config().baseUrl("http://qonto-proxy.internal").tokenUrl("http://qonto-proxy.internal/token")
                .allowInsecureHttp(true).build();

        assertThat(config.baseUrl()).isEqualTo("http://qonto-proxy.internal");
        assertThat(config.allowInsecureHttp()).isTrue();
    }

    @Test
    void theEnvironmentsDefaultsPassAndTheLimitsHaveSaneDefaults() {
        QontoClientConfig config = config().environment(QontoEnvironment.SANDBOX).build();

        assertThat(config.baseUrl()).startsWith("https://");
        assertThat(config.maxResponseSize()).isEqualTo(16L * 1024 * 1024);
        assertThat(config.callTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.allowInsecureHttp()).isFalse();
    }

    @Test
    void theCallTimeoutAndTheSizeLimitMustBePositive() {
        assertThatThrownBy(() -> config().callTimeout(Duration.ZERO).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fields()).containsExactly("callTimeout"));
        assertThatThrownBy(() -> config().maxResponseSize(0).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fields()).containsExactly("maxResponseSize"));
    }
}
