package io.camelqonto.component.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.camelqonto.client.QontoJson;
import io.camelqonto.client.UndecodableItem;

/**
 * A short digest of an item's content, the same for the same content whatever the order of its keys: an item whose
 * digest changed between two polls changed at Qonto. 64 bits of SHA-256 keep the stored state small; two contents
 * sharing one are too unlikely to hide a change.
 */
final class ContentHash {

    private static final ObjectMapper CANONICAL = QontoJson.mapper().copy()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final int BYTES = 8;

    private ContentHash() {
    }

    /** The digest of a model as Qonto sent it (every key, the undeclared ones too), or of an item's raw JSON. */
    static String of(Object item) {
        try {
            Object plain = item instanceof UndecodableItem undecodable
                    ? CANONICAL.readValue(undecodable.json(), Object.class)
                    : CANONICAL.convertValue(item, Object.class);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsBytes(plain));
            return HexFormat.of().formatHex(digest, 0, BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("A Qonto item cannot be written as JSON", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
