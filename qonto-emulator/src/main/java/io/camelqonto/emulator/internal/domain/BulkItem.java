package io.camelqonto.emulator.internal.domain;

import java.time.LocalDate;

/**
 * One transfer of a bulk transfer, checked for its shape. Qonto applies its business rules to each item after the
 * bulk was accepted: a rule an item breaks is {@code failure}, reported in the item's result.
 *
 * @param beneficiaryId the beneficiary, known or created for the item; null when the item failed
 * @param failure       why Qonto would not make this transfer (code and detail), or null
 */
public record BulkItem(
        String clientTransferId,
        String beneficiaryId,
        long amountCents,
        String reference,
        String note,
        LocalDate scheduledDate,
        Failure failure) {

    /**
     * A business rule the item breaks.
     *
     * @param field the field of the item at fault, e.g. {@code attachment_ids}
     */
    public record Failure(String code, String detail, String field) {
    }
}
