package io.camelqonto.component.hook;

import java.util.List;
import java.util.Map;

/**
 * What an operation does beyond its HTTP call, named on its catalog row and registered in {@link OperationHooks}.
 * Each method has a neutral default, so a hook implements only the step it changes.
 */
public interface OperationHook {

    /**
     * The query parameters as sent, from those configured; may call Qonto once to resolve them.
     *
     * @param context    the client to call Qonto with, and the subject of messages
     * @param parameters the parameters configured, by Qonto name
     * @return the parameters to send, by Qonto name
     */
    default Map<String, List<String>> query(HookContext context, Map<String, List<String>> parameters) {
        return parameters;
    }

    /**
     * Whether a listed item passes the filters this hook applies itself instead of Qonto.
     *
     * @param item       an item of the list, as a model
     * @param parameters the parameters configured, by Qonto name
     * @return true when the item is to be handed out
     */
    default boolean accepts(Object item, Map<String, List<String>> parameters) {
        return true;
    }

    /**
     * Whether {@link #accepts} filters anything with these parameters (Qonto's counts no longer apply then).
     *
     * @param parameters the parameters configured, by Qonto name
     * @return true when some items may be left out
     */
    default boolean filtersLocally(Map<String, List<String>> parameters) {
        return false;
    }

    /**
     * The payload to send, from the message's body.
     *
     * @param body    the message's body
     * @param subject what is being sent, for messages
     * @return the payload; null to let the catalog row decide
     */
    default Object payload(Object body, String subject) {
        return null;
    }

    /**
     * Runs before a write is sent: may add fields to the call or change its path parameters.
     *
     * @param write the write about to be sent
     */
    default void beforeSend(WriteContext write) {
    }

    /**
     * What the producer hands out for the call's result; may call Qonto again (to fetch a file, say).
     *
     * @param context the client to call Qonto with, and the subject of messages
     * @param result  the call's result
     * @return what the producer hands out
     */
    default Object afterResult(HookContext context, Object result) {
        return result;
    }
}
