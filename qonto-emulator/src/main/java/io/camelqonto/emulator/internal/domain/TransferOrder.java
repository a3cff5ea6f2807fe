package io.camelqonto.emulator.internal.domain;

import java.time.LocalDate;

/** A validated order to send a SEPA transfer. {@code note} may be null. */
public record TransferOrder(
        String bankAccountId,
        String beneficiaryId,
        long amountCents,
        String reference,
        String note,
        LocalDate scheduledDate) {
}
