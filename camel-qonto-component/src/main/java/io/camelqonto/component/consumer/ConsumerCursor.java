package io.camelqonto.component.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.camelqonto.client.QontoJson;
import io.camelqonto.model.InvalidInputException;

/**
 * Where a consumer stands: the greatest cursor-field instant it has delivered, and the ids delivered at exactly that
 * instant. Qonto's {@code *_from} filters are inclusive, so the next query starts at the instant itself and these ids
 * tell which of the items found there were already delivered; without them, items sharing one instant would be
 * either lost or repeated.
 *
 * <p>An item whose cursor field is still empty (the {@code processed_at} of a pending request, the {@code settled_at}
 * of a pending transaction) has not reached the cursor's stream yet: it is not delivered now, and is delivered once
 * it gets a value. Qonto leaves such items out of any {@code *_from} query anyway, so delivering them would depend on
 * whether the first query happened to reach them.</p>
 *
 * <p>Immutable. Stored in the state repository as one line of JSON.</p>
 */
public final class ConsumerCursor {

    /** {@code startFrom} value: everything the filters match. */
    public static final String BEGINNING = "beginning";
    /** {@code startFrom} value: only what changes from the moment the consumer first starts. */
    public static final String NOW = "now";

    private final Instant instant;
    private final Set<String> ids;

    private ConsumerCursor(Instant instant, Set<String> ids) {
        this.instant = instant;
        this.ids = Collections.unmodifiableSet(ids);
    }

    /**
     * The cursor a consumer starts with when no cursor was stored yet.
     *
     * @param startFrom {@value #BEGINNING}, {@value #NOW} or an ISO-8601 instant
     * @param now the instant {@value #NOW} stands for
     * @return the starting cursor
     */
    public static ConsumerCursor start(String startFrom, Instant now) {
        if (BEGINNING.equals(startFrom)) {
            return new ConsumerCursor(null, Set.of());
        }
        return new ConsumerCursor(NOW.equals(startFrom) ? now : parseStartFrom(startFrom), Set.of());
    }

    /**
     * Checks a {@code startFrom} value: {@value #BEGINNING}, {@value #NOW} or an ISO-8601 instant.
     *
     * @param startFrom the value to check
     * @throws InvalidInputException when it is none of these
     */
    public static void checkStartFrom(String startFrom) {
        if (!BEGINNING.equals(startFrom) && !NOW.equals(startFrom)) {
            parseStartFrom(startFrom);
        }
    }

    private static Instant parseStartFrom(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException("qonto consumer", "startFrom",
                    "'" + value + "' is not beginning, now or an ISO-8601 instant such as 2024-01-31T00:00:00Z");
        }
    }

    /**
     * Reads a cursor written by {@link #toJson()}.
     *
     * @param json the stored cursor
     * @return the cursor
     */
    public static ConsumerCursor fromJson(String json) {
        try {
            Stored stored = QontoJson.mapper().readValue(json, Stored.class);
            return new ConsumerCursor(stored.instant, new LinkedHashSet<>(stored.ids == null ? List.of() : stored.ids));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable Qonto consumer cursor: " + json, e);
        }
    }

    /** {@return one line of JSON, safe for line-based repositories such as {@code FileStateRepository}} */
    public String toJson() {
        try {
            return QontoJson.mapper().writeValueAsString(new Stored(instant, List.copyOf(ids)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the instant to resume from, or null when nothing with an instant has been delivered yet} */
    public Instant instant() {
        return instant;
    }

    /** {@return the ids delivered at exactly {@link #instant()}} */
    public Set<String> ids() {
        return ids;
    }

    /**
     * Whether the item with this id and cursor-field value is not to be delivered: delivered already, behind the
     * cursor, or without a value yet.
     *
     * @param id the item's id
     * @param value the item's cursor-field value, or null
     * @return true when the item is not to be delivered
     */
    public boolean covers(String id, Instant value) {
        if (value == null) {
            return true;
        }
        if (instant == null || value.isAfter(instant)) {
            return false;
        }
        return value.isBefore(instant) || ids.contains(id);
    }

    /**
     * The cursor after the item with this id and cursor-field value has been processed successfully.
     *
     * @param id the item's id
     * @param value the item's cursor-field value
     * @return the cursor past the item, or this one when the item was covered already
     */
    public ConsumerCursor advance(String id, Instant value) {
        if (covers(id, value)) {
            return this;
        }
        Set<String> next = new LinkedHashSet<>();
        if (value.equals(instant)) {
            next.addAll(ids);
            next.add(id);
            return new ConsumerCursor(instant, next);
        }
        next.add(id);
        return new ConsumerCursor(value, next);
    }

    @Override
    public String toString() {
        return "ConsumerCursor[instant=" + instant + ", ids=" + ids.size() + "]";
    }

    /** The stored form. */
    private record Stored(Instant instant, List<String> ids) {
    }
}
