package io.camelqonto.component.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * <p>Immutable: what a cursor covers never changes. Advancing the newest cursor at its own instant appends the id to
 * storage it shares with the cursor it came from, so a run of items sharing one instant costs one id each, not a copy
 * of the ids so far per item. Stored in the state repository as one line of JSON, written without a JSON library:
 * the consumer writes it after every item.</p>
 */
public final class ConsumerCursor {

    /** {@code startFrom} value: everything the filters match. */
    public static final String BEGINNING = "beginning";
    /** {@code startFrom} value: only what changes from the moment the consumer first starts. */
    public static final String NOW = "now";

    private final Instant instant;
    /** The start of the stored form, up to the opening of the id list; made once per instant. */
    private final String jsonHead;
    private final IdLog ids;
    /** How many of the log's ids this cursor covers; later ones belong to cursors advanced from this one. */
    private final int count;

    private ConsumerCursor(Instant instant, String jsonHead, IdLog ids, int count) {
        this.instant = instant;
        this.jsonHead = jsonHead;
        this.ids = ids;
        this.count = count;
    }

    private static ConsumerCursor at(Instant instant, Iterable<String> ids) {
        IdLog log = new IdLog();
        int count = 0;
        for (String id : ids) {
            if (id != null && log.indexOf(id, count) < 0) {
                log.append(id);
                count++;
            }
        }
        return new ConsumerCursor(instant, head(instant), log, count);
    }

    private static String head(Instant instant) {
        return instant == null ? "{\"ids\":[" : "{\"instant\":\"" + text(instant) + "\",\"ids\":[";
    }

    /**
     * The instant as {@link Instant#toString()} writes it (the form Jackson wrote cursors in), without going through a
     * formatter: with distinct instants, each item delivered moves the cursor to an instant of its own.
     */
    static String text(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (utc.getYear() < 1000 || utc.getYear() > 9999) {
            return instant.toString();
        }
        StringBuilder out = new StringBuilder(30).append(utc.getYear());
        pad(out.append('-'), utc.getMonthValue(), 2);
        pad(out.append('-'), utc.getDayOfMonth(), 2);
        pad(out.append('T'), utc.getHour(), 2);
        pad(out.append(':'), utc.getMinute(), 2);
        pad(out.append(':'), utc.getSecond(), 2);
        int nano = instant.getNano();
        if (nano != 0) {
            out.append('.');
            if (nano % 1_000_000 == 0) {
                pad(out, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                pad(out, nano / 1_000, 6);
            } else {
                pad(out, nano, 9);
            }
        }
        return out.append('Z').toString();
    }

    private static void pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    /**
     * The cursor a consumer starts with when no cursor was stored yet.
     *
     * @param startFrom the {@code startFrom} option: {@value #BEGINNING}, {@value #NOW} or an ISO-8601 instant
     * @param now       the time the consumer starts, which {@value #NOW} stands for
     * @return the cursor
     * @throws InvalidInputException when {@code startFrom} is none of these
     */
    public static ConsumerCursor start(String startFrom, Instant now) {
        if (BEGINNING.equals(startFrom)) {
            return at(null, List.of());
        }
        return at(NOW.equals(startFrom) ? now : parseStartFrom(startFrom), List.of());
    }

    /**
     * Checks a {@code startFrom} value: {@value #BEGINNING}, {@value #NOW} or an ISO-8601 instant.
     *
     * @param startFrom the value of the option
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
     * @param json the cursor as stored
     * @return the cursor
     * @throws UncheckedIOException when the text is not a stored cursor
     */
    public static ConsumerCursor fromJson(String json) {
        try {
            Stored stored = QontoJson.mapper().readValue(json, Stored.class);
            return at(stored.instant, stored.ids == null ? List.of() : stored.ids);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable Qonto consumer cursor: " + json, e);
        }
    }

    /**
     * {@return the cursor as one line of JSON, safe for line-based repositories such as {@code FileStateRepository}}
     */
    public String toJson() {
        return ids.json(jsonHead, count);
    }

    /** {@return the instant to resume from, or null when nothing with an instant has been delivered yet} */
    public Instant instant() {
        return instant;
    }

    /** {@return the ids delivered at exactly {@link #instant()}, in the order they were delivered} */
    public Set<String> ids() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(ids.first(count)));
    }

    /**
     * Whether the item with this id and cursor-field value is not to be delivered: delivered already, behind the
     * cursor, or without a value yet.
     *
     * @param id    the item's id
     * @param value the item's cursor-field value, or null when it has none yet
     * @return true when the item is not to be delivered
     */
    public boolean covers(String id, Instant value) {
        if (value == null) {
            return true;
        }
        if (instant == null || value.isAfter(instant)) {
            return false;
        }
        return value.isBefore(instant) || ids.indexOf(id, count) >= 0;
    }

    /**
     * The cursor after the item with this id and cursor-field value has been processed successfully.
     *
     * @param id    the item's id
     * @param value the item's cursor-field value
     * @return the new cursor; this one when it already covers the item
     */
    public ConsumerCursor advance(String id, Instant value) {
        if (covers(id, value)) {
            return this;
        }
        if (value.equals(instant)) {
            IdLog shared = ids.appendAfter(count, id);
            return new ConsumerCursor(instant, jsonHead, shared, count + 1);
        }
        return at(value, List.of(id));
    }

    @Override
    public String toString() {
        return "ConsumerCursor[instant=" + instant + ", ids=" + count + "]";
    }

    /**
     * Ids in the order they were delivered, with their stored form kept alongside. Only ever appended to: a cursor
     * sees its first {@code count} entries, which never change.
     */
    private static final class IdLog {
        /** Beyond this many ids a lookup goes through an index instead of a scan. */
        private static final int SCANNED = 16;

        private String[] ids = new String[4];
        /** Per id, where its stored form ends in {@link #stored}. */
        private int[] ends = new int[4];
        private final StringBuilder stored = new StringBuilder(48);
        private Map<String, Integer> index;
        private int size;

        /** The log holding the first {@code count} ids and then {@code id}: this one when nothing follows them yet. */
        synchronized IdLog appendAfter(int count, String id) {
            if (count == size) {
                append(id);
                return this;
            }
            // an older cursor advanced a second time: it gets storage of its own
            IdLog copy = new IdLog();
            for (int i = 0; i < count; i++) {
                copy.append(ids[i]);
            }
            copy.append(id);
            return copy;
        }

        private void append(String id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            if (size > 0) {
                stored.append(',');
            }
            quote(id, stored);
            ids[size] = id;
            ends[size] = stored.length();
            if (index != null) {
                index.put(id, size);
            } else if (size == SCANNED) {
                index = new HashMap<>();
                for (int i = 0; i <= size; i++) {
                    index.put(ids[i], i);
                }
            }
            size++;
        }

        /** Where {@code id} is among the first {@code count} ids, or -1. */
        synchronized int indexOf(String id, int count) {
            if (index != null) {
                Integer at = index.get(id);
                return at != null && at < count ? at : -1;
            }
            for (int i = 0; i < count; i++) {
                if (ids[i].equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        synchronized List<String> first(int count) {
            return List.of(Arrays.copyOf(ids, count));
        }

        synchronized String json(String head, int count) {
            int end = count == 0 ? 0 : ends[count - 1];
            return new StringBuilder(head.length() + end + 2).append(head).append(stored, 0, end).append("]}")
                    .toString();
        }

        /** A JSON string: Qonto's ids are UUIDs, but the stored form must stay valid whatever they hold. */
        private static void quote(String text, StringBuilder out) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }

    /** The stored form, as read back. */
    private record Stored(Instant instant, List<String> ids) {
    }
}
