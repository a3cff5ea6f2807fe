package io.camelqonto.client.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.camelqonto.client.webhook.WebhookVerificationException.Reason;
import io.camelqonto.model.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WebhookSignatureTest {

    /** Qonto's published example: this body, secret and time give this signature. */
    private static final byte[] VECTOR_BODY = "{\"test\":\"data\"}".getBytes(StandardCharsets.UTF_8);
    private static final String VECTOR_SECRET = "test-secret";
    private static final long VECTOR_TIME = 1704110400L;
    private static final String VECTOR_SIGNATURE = "56aff06dc227db80d6568a5070f912c601c31f20451745d257cbc0b5dfa93805";
    private static final Instant AT_VECTOR_TIME = Instant.ofEpochSecond(VECTOR_TIME);
    private static final Duration TOLERANCE = WebhookSignature.DEFAULT_TOLERANCE;

    @Test
    void signsAndVerifiesQontosPublishedTestVector() {
        assertThat(WebhookSignature.sign(VECTOR_SECRET, VECTOR_TIME, VECTOR_BODY))
                .isEqualTo("t=1704110400,v1=" + VECTOR_SIGNATURE);

        WebhookSignature.Verified verified = WebhookSignature.verify("t=1704110400,v1=" + VECTOR_SIGNATURE,
                VECTOR_BODY, VECTOR_SECRET, AT_VECTOR_TIME.plusSeconds(299), TOLERANCE);

        assertThat(verified).isEqualTo(new WebhookSignature.Verified(VECTOR_TIME, VECTOR_SIGNATURE));
    }

    @Test
    void acceptsOneMatchingSignatureAmongSeveralAndUpperCaseHex() {
        String header = "t=1704110400,v1=" + "00".repeat(32) + ",v1=" + VECTOR_SIGNATURE.toUpperCase();

        assertThat(WebhookSignature.verify(header, VECTOR_BODY, VECTOR_SECRET, AT_VECTOR_TIME, TOLERANCE).signature())
                .isEqualTo(VECTOR_SIGNATURE);
    }

    @Test
    void refusesWhatIsNotSignedWithTheSecretOverTheseVeryBytes() {
        String header = "t=1704110400,v1=" + VECTOR_SIGNATURE;
        byte[] reformatted = "{ \"test\": \"data\" }".getBytes(StandardCharsets.UTF_8);

        assertThat(reason(header, reformatted, VECTOR_SECRET, AT_VECTOR_TIME)).isEqualTo(Reason.FORGED);
        assertThat(reason(header, VECTOR_BODY, "another-secret", AT_VECTOR_TIME)).isEqualTo(Reason.FORGED);
        assertThat(reason("t=1704110401,v1=" + VECTOR_SIGNATURE, VECTOR_BODY, VECTOR_SECRET, AT_VECTOR_TIME))
                .as("the timestamp is signed too").isEqualTo(Reason.FORGED);
        assertThat(reason("t=1704110400,v1=not-hex", VECTOR_BODY, VECTOR_SECRET, AT_VECTOR_TIME))
                .isEqualTo(Reason.FORGED);
    }

    @Test
    void refusesATimestampOutsideTheToleranceEitherWay() {
        String header = "t=1704110400,v1=" + VECTOR_SIGNATURE;

        assertThat(reason(header, VECTOR_BODY, VECTOR_SECRET, AT_VECTOR_TIME.plusSeconds(301))).isEqualTo(Reason.STALE);
        assertThat(reason(header, VECTOR_BODY, VECTOR_SECRET, AT_VECTOR_TIME.minusSeconds(301)))
                .isEqualTo(Reason.STALE);
        assertThat(WebhookSignature.verify(header, VECTOR_BODY, VECTOR_SECRET, AT_VECTOR_TIME.plusSeconds(3599),
                Duration.ofHours(1))).isNotNull();
    }

    @Test
    void tellsAMissingHeaderFromOneThatCannotBeRead() {
        assertThat(reason(null, VECTOR_BODY, VECTOR_SECRET, AT_VECTOR_TIME)).isEqualTo(Reason.UNSIGNED);
        assertThat(reason(" ", VECTOR_BODY, VECTOR_SECRET, AT_VECTOR_TIME)).isEqualTo(Reason.UNSIGNED);
        assertThat(reason("v1=" + VECTOR_SIGNATURE, VECTOR_BODY, VECTOR_SECRET, AT_VECTOR_TIME))
                .isEqualTo(Reason.MALFORMED);
        assertThat(reason("t=yesterday,v1=" + VECTOR_SIGNATURE, VECTOR_BODY, VECTOR_SECRET, AT_VECTOR_TIME))
                .isEqualTo(Reason.MALFORMED);
        assertThat(reason("t=1704110400", VECTOR_BODY, VECTOR_SECRET, AT_VECTOR_TIME)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void neverPutsTheSecretOrTheBodyInWhatItSays() {
        String secret = "whsec_LEAKCHECK-0123456789abcdef0123456789";
        for (String header : new String[] {null, "t=x", "t=1704110400,v1=" + VECTOR_SIGNATURE, "t=1,v1=00"}) {
            WebhookVerificationException refused = catchThrowableOfType(WebhookVerificationException.class,
                    () -> WebhookSignature.verify(header, VECTOR_BODY, secret, AT_VECTOR_TIME, TOLERANCE));
            assertThat(refused.getMessage()).doesNotContain(secret).doesNotContain("test\":\"data");
        }
    }

    @Test
    void aReplayGuardRefusesTheSameSignedRequestTwiceWhileItIsFresh() {
        ReplayGuard guard = new ReplayGuard(TOLERANCE);
        WebhookSignature.Verified first = new WebhookSignature.Verified(VECTOR_TIME, VECTOR_SIGNATURE);
        WebhookSignature.Verified retry = new WebhookSignature.Verified(VECTOR_TIME + 60, "ab".repeat(32));

        guard.admit(first, AT_VECTOR_TIME);
        guard.admit(retry, AT_VECTOR_TIME.plusSeconds(60));

        assertThat(catchThrowableOfType(WebhookVerificationException.class,
                () -> guard.admit(first, AT_VECTOR_TIME.plusSeconds(10))).reason()).isEqualTo(Reason.REPLAYED);
    }

    @Test
    void readsQontosEnvelopeAndRefusesWhatIsNotOne() {
        WebhookEvent event = WebhookEvent.parse(("{\"id\":\"evt-1\",\"subscription_id\":\"sub-1\","
                + "\"organization_id\":\"org-1\",\"membership_id\":\"mem-1\",\"type\":\"v1/transactions\","
                + "\"created_at\":\"2026-01-15T10:00:00.000Z\",\"delivery_attempt\":2,"
                + "\"data\":{\"event\":\"created\",\"id\":\"tx-1\",\"amount\":12.5}}").getBytes(StandardCharsets.UTF_8));

        assertThat(event.event()).isEqualTo("created");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2026-01-15T10:00:00Z"));
        assertThat(event.resource().has("event")).isFalse();
        assertThat(event.resource().get("id").asText()).isEqualTo("tx-1");
        assertThat(event.otherFields()).containsEntry("delivery_attempt", 2);
        assertThat(event.toString()).doesNotContain("12.5");
        assertThatThrownBy(() -> WebhookEvent.parse("{\"type\":\"v1/transactions\",\"data\":{}}"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(InvalidInputException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> WebhookEvent.parse("{\"id\":\"e\",\"type\":\"v1/transactions\",\"data\":[]}"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("data");
        assertThatThrownBy(() -> WebhookEvent.parse("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class);
    }

    private static Reason reason(String header, byte[] body, String secret, Instant now) {
        return catchThrowableOfType(WebhookVerificationException.class,
                () -> WebhookSignature.verify(header, body, secret, now, TOLERANCE)).reason();
    }
}
