package io.camelqonto.emulator.internal.sca;

import io.camelqonto.emulator.internal.RandomTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SCA sessions and the policy that decides them: whether sensitive calls need SCA at all, and whether
 * sessions are decided automatically after some polls (what a user tapping "allow" on a phone looks like
 * to a polling client). Thread-safe.
 */
public final class ScaSessions {

    public static final String WAITING = "waiting";
    public static final String ALLOW = "allow";
    public static final String DENY = "deny";

    static final Duration LIFETIME = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, SessionState> sessions = new LinkedHashMap<>();
    private boolean required = true;
    private String autoResult;
    private int autoAfterPolls;

    public ScaSessions(Clock clock) {
        this.clock = clock;
    }

    public synchronized boolean required() {
        return required;
    }

    public synchronized void required(boolean required) {
        this.required = required;
    }

    /** @param result {@link #ALLOW}, {@link #DENY}, or null to leave sessions waiting until decided */
    public synchronized void autoDecide(String result, int afterPolls) {
        if (afterPolls < 0) {
            throw new IllegalArgumentException("afterPolls must be >= 0");
        }
        this.autoResult = result;
        this.autoAfterPolls = afterPolls;
    }

    public synchronized ScaSessionView open(String actionType, String fingerprint) {
        SessionState session = new SessionState(RandomTokens.base64Url(48), RandomTokens.base64Url(32), actionType,
                fingerprint, clock.instant().plus(LIFETIME));
        if (autoResult != null && autoAfterPolls == 0) {
            session.result = autoResult;
        }
        sessions.put(session.token, session);
        return view(session);
    }

    /** The session's result as a client polling it sees it: expired sessions read as denied. */
    public synchronized Optional<String> poll(String token) {
        SessionState session = sessions.get(token);
        if (session == null) {
            return Optional.empty();
        }
        session.polls++;
        if (autoResult != null && WAITING.equals(session.result) && session.polls >= autoAfterPolls) {
            session.result = autoResult;
        }
        return Optional.of(isExpired(session) ? DENY : session.result);
    }

    /** @return false when there is no such session */
    public synchronized boolean decide(String token, String result) {
        SessionState session = sessions.get(token);
        if (session == null) {
            return false;
        }
        session.result = result;
        return true;
    }

    public synchronized Optional<ScaSessionView> find(String token) {
        return Optional.ofNullable(sessions.get(token)).map(this::view);
    }

    public synchronized boolean isExpired(String token) {
        SessionState session = sessions.get(token);
        return session != null && isExpired(session);
    }

    /** Marks an allowed session as used: a session authorises exactly one call. */
    public synchronized void consume(String token) {
        sessions.get(token).consumed = true;
    }

    public synchronized List<ScaSessionView> all() {
        return sessions.values().stream().map(this::view).toList();
    }

    /** Back to the defaults: no sessions, SCA required, no automatic decision. */
    public synchronized void reset() {
        sessions.clear();
        required = true;
        autoResult = null;
        autoAfterPolls = 0;
    }

    private boolean isExpired(SessionState session) {
        return !clock.instant().isBefore(session.expiresAt);
    }

    private ScaSessionView view(SessionState session) {
        return new ScaSessionView(session.token, session.recoveryToken, session.actionType, session.fingerprint,
                isExpired(session) ? DENY : session.result, session.consumed, session.polls, session.expiresAt);
    }
}
