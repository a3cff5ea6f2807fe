package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Pagination block of a Qonto list response. Qonto sometimes omits {@code next_page} on the last page; its quotes
 * list counts under {@code total} instead of {@code total_count}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageMeta(Integer currentPage, Integer nextPage, Integer prevPage, Integer totalPages, Integer totalCount,
        Integer perPage, Integer total, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param currentPage the number of this page, from 1
     * @param nextPage    the number of the next page; null on the last
     * @param prevPage    the number of the previous page; null on the first
     * @param totalPages  how many pages the list has
     * @param totalCount  how many items the list has
     * @param perPage     how many items a page holds
     * @param total       how many items the list has, where Qonto counts under {@code total}
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public PageMeta {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** {@return how many items match the query, whichever of {@code total_count} or {@code total} Qonto sent; null if neither} */
    public Integer matchingItems() {
        return totalCount != null ? totalCount : total;
    }

    /** {@return whether Qonto announced a further page}. A missing or null {@code next_page} means no. */
    public boolean hasNextPage() {
        return nextPage != null && (currentPage == null || nextPage > currentPage);
    }
}
