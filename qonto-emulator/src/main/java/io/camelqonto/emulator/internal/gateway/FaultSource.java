package io.camelqonto.emulator.internal.gateway;

import io.camelqonto.emulator.FaultRule;
import java.util.Optional;

/** Decides whether a call gets an injected fault, using up that fault's budget if it does. */
@FunctionalInterface
public interface FaultSource {

    Optional<FaultRule> next(String method, String path);
}
