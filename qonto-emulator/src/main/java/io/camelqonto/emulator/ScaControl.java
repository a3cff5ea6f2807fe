package io.camelqonto.emulator;

import io.camelqonto.emulator.internal.sca.ScaSessions;
import java.util.List;

/** Steers Strong Customer Authentication: whether it is required, and how its sessions get decided. */
public final class ScaControl {

    private final ScaSessions sessions;

    ScaControl(ScaSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * Turns SCA on (the default) or off for every sensitive call.
     *
     * @param required false to let sensitive calls through without a challenge
     * @return this control
     */
    public ScaControl required(boolean required) {
        sessions.required(required);
        return this;
    }

    /** {@return whether sensitive calls are challenged} */
    public boolean required() {
        return sessions.required();
    }

    /**
     * Decides waiting sessions automatically when a client polls them for the {@code afterPolls}-th time
     * (0: at once, when the challenge is issued). {@link ScaDecision#NONE} turns this off.
     *
     * @param decision what the sessions are decided to
     * @param afterPolls the poll that decides a session
     * @return this control
     */
    public ScaControl autoDecision(ScaDecision decision, int afterPolls) {
        sessions.autoDecide(switch (decision) {
            case ALLOW -> ScaSessions.ALLOW;
            case DENY -> ScaSessions.DENY;
            case NONE -> null;
        }, afterPolls);
        return this;
    }

    /**
     * Approves a session, as the user would on their phone.
     *
     * @param token the session token
     * @throws IllegalArgumentException when no session has this token
     */
    public void allow(String token) {
        decide(token, ScaSessions.ALLOW);
    }

    /**
     * Refuses a session, as the user would on their phone.
     *
     * @param token the session token
     * @throws IllegalArgumentException when no session has this token
     */
    public void deny(String token) {
        decide(token, ScaSessions.DENY);
    }

    /** {@return the SCA sessions issued so far, decided or not} */
    public List<ScaSession> sessions() {
        return sessions.all().stream()
                .map(s -> new ScaSession(s.token(), s.actionType(), s.result(), s.consumed(), s.polls(), s.expiresAt()))
                .toList();
    }

    private void decide(String token, String result) {
        if (!sessions.decide(token, result)) {
            throw new IllegalArgumentException("No SCA session has this token");
        }
    }
}
