package io.camelqonto.emulator.internal.api;

/** The {@code page} and {@code per_page} parameters of a list call. */
public record PageRequest(int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 100;
    public static final int MAX_PER_PAGE = 100;

    /**
     * Reads {@code page} and {@code per_page}. A {@code current_page} parameter is ignored, as Qonto ignores
     * it: clients that page with it see the first page again and again.
     */
    public static PageRequest read(QueryReader query, int defaultPerPage) {
        return new PageRequest(
                query.integer("page", 1, null).orElse(1),
                query.integer("per_page", 1, MAX_PER_PAGE).orElse(defaultPerPage));
    }
}
