package io.camelqonto.component.health;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;

import io.camelqonto.client.error.QontoAuthenticationException;
import io.camelqonto.client.error.QontoError;
import io.camelqonto.client.error.QontoOAuthException;
import io.camelqonto.client.error.QontoPermissionException;
import io.camelqonto.client.error.QontoRateLimitException;
import io.camelqonto.client.error.QontoServerException;
import io.camelqonto.client.error.QontoStagingTokenException;
import io.camelqonto.client.error.QontoTimeoutException;
import io.camelqonto.client.error.QontoTransportException;
import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each typed error of the client gets the reason an operator acts on, whatever wraps it. */
class QontoDiagnosisTest {

    private static final String SCOPE = "organization.read";

    @Test
    void refusedCredentials() {
        QontoDiagnosis diagnosis = QontoDiagnosis.of(new QontoAuthenticationException("refused", 401, List.of(),
                "trace-1"), SCOPE);

        assertThat(diagnosis.reason()).isEqualTo(QontoDiagnosis.Reason.UNAUTHORIZED);
        assertThat(diagnosis.details()).containsEntry(QontoDiagnosis.REASON, "unauthorized")
                .containsEntry(QontoDiagnosis.MESSAGE, diagnosis.message())
                .containsEntry(QontoDiagnosis.STATUS, 401).containsEntry(QontoDiagnosis.TRACE_ID, "trace-1")
                .doesNotContainKey(QontoDiagnosis.SCOPE);
    }

    @Test
    void aRefreshTokenQontoNoLongerAccepts() {
        QontoDiagnosis diagnosis = QontoDiagnosis.of(new QontoOAuthException("refused", 400, "invalid_grant"), SCOPE);

        assertThat(diagnosis.reason()).isEqualTo(QontoDiagnosis.Reason.TOKEN_NOT_REFRESHABLE);
        assertThat(diagnosis.message()).contains("invalid_grant").contains("consent again");
    }

    @Test
    void aMissingScopeIsNamedAndAnyOther403IsNot() {
        QontoError missing = new QontoError("forbidden", "missing required oauth scope: " + SCOPE, null, null);
        QontoDiagnosis scope = QontoDiagnosis.of(new QontoPermissionException("no", 403, List.of(missing), null),
                SCOPE);
        QontoDiagnosis other = QontoDiagnosis.of(new QontoPermissionException("no", 403, List.of(), null), SCOPE);

        assertThat(scope.reason()).isEqualTo(QontoDiagnosis.Reason.MISSING_SCOPE);
        assertThat(scope.details()).containsEntry(QontoDiagnosis.SCOPE, SCOPE);
        assertThat(scope.message()).contains(SCOPE);
        assertThat(other.reason()).isEqualTo(QontoDiagnosis.Reason.FORBIDDEN);
        assertThat(other.details()).doesNotContainKey(QontoDiagnosis.SCOPE);
    }

    @Test
    void qontosRateLimitWithTheWaitItAskedFor() {
        QontoDiagnosis diagnosis = QontoDiagnosis.of(new QontoRateLimitException("slow down", List.of(), null,
                Duration.ofSeconds(42)), SCOPE);

        assertThat(diagnosis.reason()).isEqualTo(QontoDiagnosis.Reason.RATE_LIMITED);
        assertThat(diagnosis.details()).containsEntry(QontoDiagnosis.RETRY_AFTER, 42L)
                .containsEntry(QontoDiagnosis.STATUS, 429);
        assertThat(diagnosis.message()).contains("wait 42 s");
    }

    @Test
    void theSandboxsLoginPageMeansAStagingTokenProblem() {
        QontoDiagnosis diagnosis = QontoDiagnosis.of(new QontoStagingTokenException(302), SCOPE);

        assertThat(diagnosis.reason()).isEqualTo(QontoDiagnosis.Reason.STAGING_TOKEN);
        assertThat(diagnosis.message()).contains("stagingToken");
    }

    @Test
    void noConnectionATimeoutAndAServerError() {
        QontoDiagnosis unreachable = QontoDiagnosis.of(new QontoTransportException("failed",
                new ConnectException("Connection refused")), SCOPE);
        QontoDiagnosis timeout = QontoDiagnosis.of(new QontoTimeoutException("late", null), SCOPE);
        QontoDiagnosis server = QontoDiagnosis.of(new QontoServerException("failed", 503, List.of(), null), SCOPE);

        assertThat(unreachable.reason()).isEqualTo(QontoDiagnosis.Reason.UNREACHABLE);
        assertThat(unreachable.message()).contains("ConnectException");
        assertThat(timeout.reason()).isEqualTo(QontoDiagnosis.Reason.TIMEOUT);
        assertThat(server.reason()).isEqualTo(QontoDiagnosis.Reason.SERVER_ERROR);
        assertThat(server.details()).containsEntry(QontoDiagnosis.STATUS, 503);
    }

    @Test
    void theQontoErrorIsFoundUnderCamelsWrapping() {
        RuntimeCamelException wrapped = new RuntimeCamelException(new QontoAuthenticationException("refused", 401,
                List.of(), null));

        assertThat(QontoDiagnosis.of(wrapped, SCOPE).reason()).isEqualTo(QontoDiagnosis.Reason.UNAUTHORIZED);
        assertThat(QontoDiagnosis.of(new IllegalStateException("boom"), SCOPE).reason())
                .isEqualTo(QontoDiagnosis.Reason.OTHER);
    }
}
