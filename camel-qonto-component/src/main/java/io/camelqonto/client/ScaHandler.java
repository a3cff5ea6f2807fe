package io.camelqonto.client;

import java.time.Duration;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelqonto.client.error.QontoConflictException;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.client.error.QontoScaDeniedException;
import io.camelqonto.client.error.QontoScaRequiredException;
import io.camelqonto.model.ScaSession;

/**
 * Completes a call that Qonto answered with 428 {@code sca_required}, per the {@link ScaMode}: gives
 * the challenge back ({@link ScaMode#FAIL}), waits for the user's decision ({@link ScaMode#WAIT}) or
 * approves it through the sandbox's mock endpoint ({@link ScaMode#MOCK}); once allowed, replays the
 * identical call (same body, idempotency key and 2FA preference) with the session token.
 * <p>
 * Whenever the outcome of the session cannot be learnt (the poll fails, say), the original challenge
 * is thrown again: it carries the session token and the idempotency key, so the caller can still
 * resume instead of leaving an orphaned approval on the user's phone.
 */
final class ScaHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ScaHandler.class);

    private final QontoClientConfig config;
    private final RetryExecutor executor;

    ScaHandler(QontoClientConfig config, RetryExecutor executor) {
        this.config = config;
        this.executor = executor;
    }

    QontoResponse complete(QontoCall call, QontoScaRequiredException challenge) {
        return complete(call, challenge, executor::send);
    }

    /** Completes the call like {@link #complete(QontoCall, QontoScaRequiredException)}, replaying it with {@code replay}. */
    <T> T complete(QontoCall call, QontoScaRequiredException challenge, BiFunction<QontoCall, String, T> replay) {
        String token = challenge.scaSessionToken();
        if (config.scaMode() == ScaMode.FAIL || token == null) {
            throw challenge;
        }
        try {
            if (config.scaMode() == ScaMode.MOCK) {
                executor.send(QontoCall.of(QontoOperation.MOCK_SCA_ALLOW).pathParam("sca_session_token", token).build(), null);
            } else {
                awaitAllowed(challenge);
            }
        } catch (QontoScaDeniedException denied) {
            throw denied;
        } catch (QontoException e) {
            challenge.addSuppressed(e);
            throw challenge;
        }
        LOG.debug("SCA session for {} {} allowed, replaying the call", call.operation().method(),
                call.operation().pathTemplate());
        try {
            return replay.apply(call, token);
        } catch (QontoConflictException e) {
            if (e.status() == 412) {
                throw new QontoScaDeniedException("SCA session expired or invalid when replaying "
                        + call.operation().method() + " " + call.operation().pathTemplate(), e.status(), e.errors(),
                        e.traceId(), token, false);
            }
            throw e;
        }
    }

    /** Polls the session, never more often than Qonto allows, until it is decided or the wait is over. */
    private void awaitAllowed(QontoScaRequiredException challenge) {
        String token = challenge.scaSessionToken();
        Duration interval = config.scaPollInterval();
        long deadline = System.nanoTime() + config.scaTimeout().toNanos();
        while (true) {
            Backoff.sleep(interval);
            ScaSession session = poll(challenge);
            if (session.isAllowed()) {
                return;
            }
            if (session.isDenied()) {
                throw new QontoScaDeniedException("SCA session was denied", challenge.status(), challenge.errors(),
                        challenge.traceId(), token, false);
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new QontoScaDeniedException("SCA session still undecided after " + config.scaTimeout(),
                        challenge.status(), challenge.errors(), challenge.traceId(), token, true);
            }
        }
    }

    private ScaSession poll(QontoScaRequiredException challenge) {
        QontoCall poll = QontoCall.of(QontoOperation.GET_SCA_SESSION)
                .pathParam("sca_session_token", challenge.scaSessionToken())
                .build();
        try {
            QontoResponse response = executor.send(poll, null);
            return ResultMapper.result(QontoOperation.GET_SCA_SESSION, response, ScaSession.class);
        } catch (QontoConflictException e) {
            if (e.status() == 412) {
                throw new QontoScaDeniedException("SCA session expired", e.status(), e.errors(), e.traceId(),
                        challenge.scaSessionToken(), false);
            }
            throw e;
        }
    }
}
