package io.camelqonto.emulator.internal.domain;

import java.time.LocalDate;

/** A validated order to set up a SEPA recurring transfer. {@code note} and {@code lastExecutionDate} may be null. */
public record RecurringOrder(
        String bankAccountId,
        String beneficiaryId,
        long amountCents,
        String reference,
        String note,
        String frequency,
        LocalDate firstExecutionDate,
        LocalDate lastExecutionDate) {
}
