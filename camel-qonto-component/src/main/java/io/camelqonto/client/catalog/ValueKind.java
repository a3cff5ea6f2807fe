package io.camelqonto.client.catalog;

/** The shape of a query parameter, path parameter or named input, which decides how its text is checked. */
public enum ValueKind {
    /** one free value */
    TEXT,
    /** a comma list of free values */
    TEXTS,
    /** one value, ideally of the known set; values Qonto adds later are let through with a warning */
    CHOICE,
    /** a comma list of values, ideally of the known set */
    CHOICES,
    /** a comma list of values, ideally of the known set, sent as one comma-separated value ({@code filter[status]}) */
    JOINED_CHOICES,
    /** an ISO-8601 instant, or a date meaning the start of that day in UTC */
    INSTANT,
    /** an ISO-8601 date */
    DATE,
    /** a month as Qonto writes it in statement periods: {@code MM-YYYY} */
    MONTH,
    /** {@code true} or {@code false} */
    BOOLEAN,
    /** one IBAN, checked with its mod-97 checksum; never sent in a URL */
    IBAN,
    /** a comma list of IBANs; never sent in a URL */
    IBANS,
    /** one Qonto id: a single path segment */
    ID,
    /** a comma list of Qonto ids */
    IDS;

    /** {@return whether the text is a comma list of values} */
    public boolean multiValued() {
        return this == TEXTS || this == CHOICES || this == JOINED_CHOICES || this == IBANS || this == IDS;
    }

    /** {@return whether the values of a list go out as one comma-separated value rather than one parameter each} */
    public boolean joinedWhenSent() {
        return this == JOINED_CHOICES;
    }
}
