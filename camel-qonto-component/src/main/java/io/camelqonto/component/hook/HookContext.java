package io.camelqonto.component.hook;

import io.camelqonto.client.QontoClient;

/**
 * What a hook may use outside the message: the client of the endpoint and a subject for messages.
 *
 * @param client  the endpoint's client, for the calls a hook makes itself
 * @param subject names the endpoint in error messages, e.g. {@code qonto:transactions options}
 */
public record HookContext(QontoClient client, String subject) {
}
