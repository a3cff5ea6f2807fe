package io.camelqonto.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A collection of transactions the server makes up as it serves them, so that a million of them take no memory: item
 * {@code i} is always the same, its {@code updated_at} grows with {@code i}, and either every item has an instant of its
 * own (a millisecond apart) or runs of {@code runLength} items share one (a second apart). Each item has the fields and
 * nested blocks of a transfer transaction in Qonto's example answer, about 2 KB of JSON.
 */
final class Transactions {

    private static final Instant BASE = Instant.parse("2025-01-06T08:00:00Z");
    private static final long BASE_MILLIS = BASE.toEpochMilli();

    private final int count;
    private final int runLength;

    private Transactions(int count, int runLength) {
        this.count = count;
        this.runLength = runLength;
    }

    /** {@code count} items, each at an instant of its own. */
    static Transactions distinct(int count) {
        return new Transactions(count, 1);
    }

    /** {@code count} items in runs of {@code runLength} sharing one instant. */
    static Transactions inRuns(int count, int runLength) {
        return new Transactions(count, runLength);
    }

    int count() {
        return count;
    }

    String describe() {
        return runLength == 1 ? "distinct instants" : "runs of " + runLength + " sharing one instant";
    }

    long updatedAtMillis(int index) {
        return runLength == 1 ? BASE_MILLIS + index : BASE_MILLIS + (long) (index / runLength) * 1000;
    }

    /** The first item whose {@code updated_at} is at or after {@code from}. */
    int firstAtOrAfter(Instant from) {
        long millis = from.toEpochMilli() + (from.getNano() % 1_000_000 == 0 ? 0 : 1);
        long offset = Math.max(0, millis - BASE_MILLIS);
        long index = runLength == 1 ? offset : ((offset + 999) / 1000) * runLength;
        return (int) Math.min(count, index);
    }

    /** Writes item {@code index} as Qonto's JSON. */
    void write(int index, Json out) {
        String id = uuid(index, 0x7a11);
        long cents = 1_000 + (index * 7_919L) % 250_000;
        long balance = 50_000_000 - (index * 13L) % 40_000_000;
        String updated = Instant.ofEpochMilli(updatedAtMillis(index)).toString();
        String emitted = Instant.ofEpochMilli(updatedAtMillis(index) - 86_400_000).toString();
        out.raw("{\"id\":\"").raw(id)
                .raw("\",\"transaction_id\":\"acme-corp-7132-transaction-").number(index)
                .raw("\",\"amount\":").decimal(cents).raw(",\"amount_cents\":").number(cents)
                .raw(",\"settled_balance\":").decimal(balance).raw(",\"settled_balance_cents\":").number(balance)
                .raw(",\"attachment_ids\":[\"").raw(uuid(index, 0xa77a)).raw("\"],\"logo\":{\"small\":"
                        + "\"https://static.qonto.com/logos/bureau-vallee/small.png\",\"medium\":"
                        + "\"https://static.qonto.com/logos/bureau-vallee/medium.png\"},\"local_amount\":")
                .decimal(cents).raw(",\"local_amount_cents\":").number(cents)
                .raw(",\"side\":\"debit\",\"operation_type\":\"transfer\",\"currency\":\"EUR\",\"local_currency\":"
                        + "\"EUR\",\"label\":\"Bureau Vall\u00e9e\",\"clean_counterparty_name\":\"Bureau Vallee\","
                        + "\"settled_at\":\"").raw(updated).raw("\",\"emitted_at\":\"").raw(emitted)
                .raw("\",\"updated_at\":\"").raw(updated)
                .raw("\",\"status\":\"completed\",\"note\":\"Q1 office supplies\",\"reference\":\"INV-2025-")
                .number(index).raw("\",\"vat_amount\":").decimal(cents / 6).raw(",\"vat_amount_cents\":")
                .number(cents / 6)
                .raw(",\"vat_rate\":20.0,\"initiator_id\":\"36f675cc-81e7-4ef5-a8e2-5d940ed90475\",\"label_ids\":"
                        + "[\"a170b338-3926-4059-b28c-105d1fb17c23\"],\"attachment_lost\":false,"
                        + "\"attachment_required\":true,\"card_last_digits\":null,\"category\":\"office_supply\","
                        + "\"cashflow_category\":{\"name\":\"Office & equipment\"},\"cashflow_subcategory\":"
                        + "{\"name\":\"Supplies\"},\"subject_type\":\"Transfer\",\"bank_account_id\":"
                        + "\"d23f0824-128b-4f33-8c5c-7fd0a6a3a450\",\"is_external_transaction\":false,"
                        + "\"attachments\":[{\"id\":\"").raw(uuid(index, 0xa77a))
                .raw("\",\"created_at\":\"").raw(emitted)
                .raw("\",\"file_name\":\"invoice.pdf\",\"file_size\":\"48211\",\"file_content_type\":"
                        + "\"application/pdf\",\"url\":\"https://qonto-attachments.example.com/invoice.pdf\","
                        + "\"probative_attachment\":{\"status\":\"available\"}}],\"labels\":[{\"id\":"
                        + "\"a170b338-3926-4059-b28c-105d1fb17c23\",\"name\":\"Paris office\",\"parent_id\":null}],"
                        + "\"vat_details\":{\"items\":[{\"amount\":\"20.00\",\"amount_cents\":\"2000\","
                        + "\"amount_excluding_vat\":\"100.00\",\"amount_excluding_vat_cents\":\"10000\","
                        + "\"rate\":\"20.0\"}]},\"transfer\":{\"counterparty_account_number\":"
                        + "\"FR0816958000015749118625272\",\"counterparty_account_number_format\":\"IBAN\","
                        + "\"counterparty_bank_identifier\":\"BNPAFRPPXXX\",\"counterparty_bank_identifier_format\":"
                        + "\"BIC\"}}");
    }

    private static String uuid(int index, int salt) {
        return hex(index, 8) + "-" + hex(salt, 4) + "-4" + hex(index % 4096, 3) + "-8" + hex(salt % 4096, 3) + "-"
               + hex((long) index * 2_654_435_761L & 0xffffffffffffL, 12);
    }

    private static String hex(long value, int digits) {
        String text = Long.toHexString(value);
        return text.length() >= digits ? text : "0".repeat(digits - text.length()) + text;
    }

    /** A growable byte buffer for ASCII JSON; reused across answers of one server thread. */
    static final class Json {
        private byte[] bytes = new byte[1 << 18];
        private int length;

        Json clear() {
            length = 0;
            return this;
        }

        Json raw(String text) {
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            ensure(encoded.length);
            System.arraycopy(encoded, 0, bytes, length, encoded.length);
            length += encoded.length;
            return this;
        }

        Json number(long value) {
            return raw(Long.toString(value));
        }

        /** Cents as a JSON number with two decimals, as Qonto writes amounts. */
        Json decimal(long cents) {
            return raw(cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100);
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        byte[] bytes() {
            return bytes;
        }

        int length() {
            return length;
        }
    }
}
