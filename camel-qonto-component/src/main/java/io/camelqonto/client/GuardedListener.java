package io.camelqonto.client;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelqonto.client.error.QontoException;

/** Passes events on to a {@link QontoClientListener} and keeps what it throws away from the call it observes. */
final class GuardedListener implements QontoClientListener {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedListener.class);

    private final QontoClientListener listener;

    private GuardedListener(QontoClientListener listener) {
        this.listener = listener;
    }

    static QontoClientListener of(QontoClientListener listener) {
        return listener == null || listener == NONE ? NONE : new GuardedListener(listener);
    }

    @Override
    public void answered(QontoOperation operation, int status, Duration elapsed) {
        guard(() -> listener.answered(operation, status, elapsed));
    }

    @Override
    public void unanswered(QontoOperation operation, NoAnswer reason, Duration elapsed) {
        guard(() -> listener.unanswered(operation, reason, elapsed));
    }

    @Override
    public void retrying(QontoOperation operation, int attempt, int status) {
        guard(() -> listener.retrying(operation, attempt, status));
    }

    @Override
    public void rateLimitWaited(Duration wait, boolean pause) {
        guard(() -> listener.rateLimitWaited(wait, pause));
    }

    @Override
    public void tokenRefreshed(Instant expiresAt) {
        guard(() -> listener.tokenRefreshed(expiresAt));
    }

    @Override
    public void tokenRefreshFailed(QontoException error) {
        guard(() -> listener.tokenRefreshFailed(error));
    }

    private void guard(Runnable event) {
        try {
            event.run();
        } catch (RuntimeException e) {
            LOG.warn("Qonto client listener {} failed; the call goes on: {}", listener.getClass().getName(), e.toString());
        }
    }
}
