package io.camelqonto.client;

import io.camelqonto.client.error.QontoDecodingException;

/**
 * An item of a page that could not be read into its model: kept with its raw JSON, so that a consumer can hand it to
 * the route's error handler instead of failing the whole page on every poll.
 *
 * @param position where it stood on the page, from 0
 * @param id       its {@code id}, when it has a readable one; else null
 * @param json     Qonto's JSON of the item, as sent
 * @param error    what could not be read, naming the field (never the value)
 */
public record UndecodableItem(int position, String id, String json, QontoDecodingException error) {

    @Override
    public String toString() {
        // the JSON may hold personal data or an IBAN: it stays out of logs
        return "UndecodableItem[position=" + position + ", id=" + id + ", error=" + error.getMessage() + "]";
    }
}
