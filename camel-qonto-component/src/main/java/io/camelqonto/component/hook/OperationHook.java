package io.camelqonto.component.hook;

import java.util.List;
import java.util.Map;

/**
 * What an operation does beyond its HTTP call, named on its catalog row and registered in {@link OperationHooks}.
 * Each method has a neutral default, so a hook implements only the step it changes.
 */
public interface OperationHook {

    /** The query parameters as sent, from those configured (by Qonto name); may call Qonto once to resolve them. */
    default Map<String, List<String>> query(HookContext context, Map<String, List<String>> parameters) {
        return parameters;
    }

    /** Whether a listed item passes the filters this hook applies itself instead of Qonto. */
    default boolean accepts(Object item, Map<String, List<String>> parameters) {
        return true;
    }

    /** Whether {@link #accepts} filters anything with these parameters (Qonto's counts no longer apply then). */
    default boolean filtersLocally(Map<String, List<String>> parameters) {
        return false;
    }

    /** The payload to send, from the message's body; null to let the catalog row decide. */
    default Object payload(Object body, String subject) {
        return null;
    }

    /** Runs before a write is sent: may add fields to the call or change its path parameters. */
    default void beforeSend(WriteContext write) {
    }

    /** What the producer hands out for the call's result; may call Qonto again (to fetch a file, say). */
    default Object afterResult(HookContext context, Object result) {
        return result;
    }
}
