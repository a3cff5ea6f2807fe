package io.camelqonto.component.hook;

import java.util.Map;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoClient;
import io.camelqonto.component.producer.WriteState;

/**
 * One write about to be sent by a producer.
 *
 * @param client     the endpoint's client
 * @param call       the call being assembled; a hook may add top-level fields
 * @param payload    the validated payload
 * @param pathValues the path parameters, by Qonto name; a hook may rewrite them
 * @param state      what the write keeps across retries, redeliveries and SCA replays of its exchange
 * @param options    the endpoint's options a hook may need, by Camel name (e.g. acceptedMatchResults)
 */
public record WriteContext(QontoClient client, QontoCall.Builder call, Object payload, Map<String, String> pathValues,
        WriteState state, Map<String, Object> options) {
}
