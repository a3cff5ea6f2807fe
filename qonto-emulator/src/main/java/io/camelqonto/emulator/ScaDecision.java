package io.camelqonto.emulator;

/** How pending SCA sessions are decided when nobody decides them explicitly. */
public enum ScaDecision {
    /** The user approves on their phone. */
    ALLOW,
    /** The user refuses. */
    DENY,
    /** Sessions wait until {@link ScaControl#allow(String)} or {@link ScaControl#deny(String)} (or expire). */
    NONE
}
