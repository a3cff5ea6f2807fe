package io.camelqonto.emulator.internal.domain;

/** One transfer of a multi-transfer request, checked; in euros. */
public record RequestedTransfer(String creditIban, String creditAccountName, long amountCents, String reference) {
}
