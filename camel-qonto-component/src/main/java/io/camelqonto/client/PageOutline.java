package io.camelqonto.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What a page of a collection says about where a walk through it goes next, read from the bytes of Qonto's answer
 * before its items are decoded: the last value of one timestamp field of the items, how many of the last items share
 * it, and whether a next page follows.
 *
 * <p>It is read from the end of the body backwards, which JSON allows (a quote preceded by an odd number of
 * backslashes is inside a string, any other ends or starts one): Qonto writes the list first and its {@code meta} block
 * last, so the meta block and the list's last items are all that is read of a page, whatever its size. Only the last
 * value is parsed. Other layouts are read whole.</p>
 *
 * <p>It is a forecast of what the decoded page will say, for starting the next request early; a caller that acts on it
 * checks it against the decoded page, which stays the authority. They can differ: an item the model cannot read, a
 * timestamp written two ways, or another list between the page's list and its meta block, which this reading would
 * take for the page's list.</p>
 *
 * @param lastValue   the field's last value on the page, in page order; null when no item has one
 * @param atLastValue how many items carry that value since the last item with another one
 * @param hasNextPage whether Qonto announced a next page; without a {@code meta} block, whether the page is full
 */
public record PageOutline(Instant lastValue, int atLastValue, boolean hasNextPage) {

    private static final byte[] META = "meta".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT_PAGE = "next_page".getBytes(StandardCharsets.US_ASCII);

    /**
     * Reads a page's answer.
     *
     * @param body    the answer's bytes
     * @param root    the key of the list in the answer's object (an answer that is the list itself is read too)
     * @param field   the items' timestamp field whose last value is wanted
     * @param perPage the page size asked for, which tells whether a page without {@code meta} is followed by another
     * @return the outline; null when the body is not a page shaped as expected
     */
    public static PageOutline read(byte[] body, String root, String field, int perPage) {
        try {
            return new Reader(body, field.getBytes(StandardCharsets.UTF_8)).page(
                    root.getBytes(StandardCharsets.UTF_8), perPage);
        } catch (IndexOutOfBoundsException | IllegalStateException malformed) {
            // a truncated or malformed body: the decoder reports it; there is nothing to forecast
            return null;
        }
    }

    /**
     * One reading of a body, from its end. {@link #at} is the position of the next byte to read, moving left; a value
     * is met by its last byte, and its key only after it.
     */
    private static final class Reader {
        private final byte[] body;
        private final byte[] field;
        private int at;
        /** The last item value read so far, as the bytes of the JSON string's content; start -1 when none. */
        private int lastStart = -1;
        private int lastEnd;
        private int atLast;
        /** Whether an item before the run of the last value was reached: earlier items cannot change the outline. */
        private boolean runEnded;
        private int items;
        private Boolean nextPage;
        /** Where the value {@link #member} found starts and ends, both bytes included. */
        private int foundStart;
        private int foundEnd;

        Reader(byte[] body, byte[] field) {
            this.body = body;
            this.field = field;
            this.at = body.length - 1;
        }

        PageOutline page(byte[] root, int perPage) {
            byte last = previous();
            boolean listFound;
            if (last == ']') {
                list(true);
                listFound = true;
            } else {
                expect(last, '}');
                listFound = topLevelMembers(root);
            }
            if (!listFound) {
                return null;
            }
            Instant value = null;
            if (lastStart >= 0) {
                value = IsoInstantDeserializer.parse(new String(body, lastStart, lastEnd - lastStart,
                        StandardCharsets.UTF_8));
                if (value == null) {
                    return null;
                }
            }
            boolean hasNext = nextPage != null ? nextPage : items >= perPage;
            return new PageOutline(value, value == null ? 0 : atLast, hasNext);
        }

        /** The members of the top-level object, last first; whether the list was among them. */
        private boolean topLevelMembers(byte[] root) {
            boolean listFound = false;
            byte end = previous();
            while (end != '{') {
                int valueEnd = at + 1;
                if (end == ']' && !listFound) {
                    // taken for the list before its key is seen; when the meta block was read already, the list's last
                    // items are all that is needed, and its key is never reached
                    boolean whole = nextPage == null;
                    list(whole);
                    if (!whole) {
                        return true;
                    }
                    listFound = keyBefore(root);
                    if (!listFound) {
                        forgetItems();
                    }
                } else {
                    skipValue(end);
                    int valueStart = at + 1;
                    if (keyBefore(META) && body[valueStart] == '{') {
                        meta(valueEnd);
                    }
                }
                end = previous();
                if (end == ',') {
                    end = previous();
                } else {
                    expect(end, '{');
                }
            }
            return listFound;
        }

        /** Forgets the entries of a list that turned out to be another one. */
        private void forgetItems() {
            lastStart = -1;
            atLast = 0;
            runEnded = false;
            items = 0;
        }

        /**
         * The list's entries, last first; the reader stands before its {@code ]}. With {@code whole}, it reads on to
         * its {@code [} (counting the entries); else it stops before the last value's run.
         */
        private void list(boolean whole) {
            byte end = previous();
            while (end != '[') {
                if (end == '}') {
                    item();
                    items++;
                } else {
                    boolean isNull = end == 'l' && body[at] == 'l' && body[at - 1] == 'u' && body[at - 2] == 'n';
                    skipValue(end);
                    if (!isNull) {
                        items++;
                    }
                }
                if (runEnded && !whole) {
                    return;
                }
                end = previous();
                if (end == ',') {
                    end = previous();
                } else {
                    expect(end, '[');
                }
            }
        }

        /** One item, for the field's value; the reader stands before the item's closing brace. */
        private void item() {
            if (member(field) && body[foundStart] == '"') {
                value(foundStart + 1, foundEnd);
            }
        }

        /**
         * Reads the members of the object whose closing brace was just read, last first, to its opening brace. When
         * {@code name} is one of their keys, {@link #foundStart} and {@link #foundEnd} then hold where its value starts
         * and ends: the value written last, which is the one a decoder keeps.
         *
         * @return whether {@code name} was found
         */
        private boolean member(byte[] name) {
            boolean found = false;
            byte end = previous();
            while (end != '{') {
                int valueEnd = at + 1;
                skipValue(end);
                int valueStart = at + 1;
                if (keyBefore(name) && !found) {
                    found = true;
                    foundStart = valueStart;
                    foundEnd = valueEnd;
                }
                end = previous();
                if (end == ',') {
                    end = previous();
                } else {
                    expect(end, '{');
                }
            }
            return found;
        }

        /** An item's value of the field, as the bytes between its quotes; met after those of the items after it. */
        private void value(int start, int end) {
            if (runEnded) {
                return;
            }
            if (lastStart < 0) {
                lastStart = start;
                lastEnd = end;
                atLast = 1;
            } else if (sameBytes(start, end, lastStart, lastEnd)) {
                atLast++;
            } else {
                runEnded = true;
            }
        }

        /** Reads, before the value just skipped, its colon and key; whether the key is {@code name}. */
        private boolean keyBefore(byte[] name) {
            expect(previous(), ':');
            expect(previous(), '"');
            int end = at + 1;
            skipStringBackwards();
            return named(at + 2, end, name);
        }

        /**
         * The meta block's {@code next_page}, a number or null on the last page; the block ends at {@code end}, and the
         * reader is back where it stood afterwards.
         */
        private void meta(int end) {
            int saved = at;
            at = end - 1;
            if (member(NEXT_PAGE)) {
                nextPage = body[foundStart] != 'n';
            }
            at = saved;
        }

        /** Skips, backwards, the value whose last byte was just read. */
        private void skipValue(byte last) {
            if (last == '"') {
                skipStringBackwards();
            } else if (last == '}' || last == ']') {
                int depth = 1;
                while (depth > 0) {
                    byte b = body[at--];
                    if (b == '"') {
                        skipStringBackwards();
                    } else if (b == '}' || b == ']') {
                        depth++;
                    } else if (b == '{' || b == '[') {
                        depth--;
                    }
                }
            } else {
                while (!delimiter(body[at])) {
                    at--;
                }
            }
        }

        /** Skips a string whose closing quote was just read; the reader then stands before its opening quote. */
        private void skipStringBackwards() {
            while (true) {
                byte b = body[at--];
                if (b == '"' && !escaped(at + 1)) {
                    return;
                }
            }
        }

        /** Whether the quote at {@code quote} is preceded by an odd number of backslashes. */
        private boolean escaped(int quote) {
            int backslashes = 0;
            for (int i = quote - 1; body[i] == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        /** The previous byte that is not white space, consumed. */
        private byte previous() {
            while (true) {
                byte b = body[at--];
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return b;
                }
            }
        }

        private boolean named(int start, int end, byte[] name) {
            if (end - start != name.length) {
                return false;
            }
            for (int i = 0; i < name.length; i++) {
                if (body[start + i] != name[i]) {
                    return false;
                }
            }
            return true;
        }

        private boolean sameBytes(int start, int end, int otherStart, int otherEnd) {
            if (end - start != otherEnd - otherStart) {
                return false;
            }
            for (int i = 0; i < end - start; i++) {
                if (body[start + i] != body[otherStart + i]) {
                    return false;
                }
            }
            return true;
        }

        private static boolean delimiter(byte b) {
            return b == ',' || b == '{' || b == '[' || b == ':' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
        }

        private static void expect(byte actual, char expected) {
            if (actual != expected) {
                throw new IllegalStateException("not a page");
            }
        }
    }
}
