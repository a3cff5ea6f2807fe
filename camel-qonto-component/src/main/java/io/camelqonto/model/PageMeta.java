package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Pagination block of a Qonto list response. Qonto sometimes omits {@code next_page} on the last page. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageMeta(Integer currentPage, Integer nextPage, Integer prevPage, Integer totalPages, Integer totalCount,
        Integer perPage, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public PageMeta {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** {@return whether Qonto announced a further page}. A missing or null {@code next_page} means no. */
    public boolean hasNextPage() {
        return nextPage != null && (currentPage == null || nextPage > currentPage);
    }
}
