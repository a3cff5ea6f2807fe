package io.camelqonto.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A SEPA bulk transfer: Qonto's progress in making its transfers, one {@link Result} per transfer asked for, found by
 * the {@code client_transfer_id} the caller gave it. A result's status says whether the transfer was made, not how
 * the transfer itself fares: read that from the SEPA transfer ({@code transfer_id}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkTransfer(String id, String initiatorId, Instant createdAt, Instant updatedAt, Integer totalCount,
        Integer completedCount, Integer pendingCount, Integer failedCount, List<Result> results,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the results and the keys beyond the declared ones.
     *
     * @param id             its id
     * @param initiatorId    the id of the member who initiated it
     * @param createdAt      when it was created
     * @param updatedAt      when it was last updated
     * @param totalCount     how many transfers the bulk transfer holds
     * @param completedCount how many of them were made
     * @param pendingCount   how many are still being made
     * @param failedCount    how many failed
     * @param results        what became of each transfer
     * @param otherFields    the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public BulkTransfer {
        results = results == null ? null : List.copyOf(results);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The result of the transfer with this client transfer id.
     *
     * @param clientTransferId the id the caller gave the transfer in the bulk
     * @return its result, or empty when the bulk transfer has none
     */
    public Optional<Result> result(String clientTransferId) {
        return results == null ? Optional.empty()
                : results.stream().filter(r -> clientTransferId.equals(r.clientTransferId())).findFirst();
    }

    /**
     * What became of one transfer: {@code pending}, {@code completed} (the SEPA transfer {@code transferId} was made)
     * or {@code failed}. Qonto documents {@code errors} both flat ({@code [{code, detail}]}) and nested
     * ({@code [{errors: [{code, detail}]}]}); they are kept as sent.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String clientTransferId, String transferId, List<Map<String, Object>> errors, String status,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the errors and the keys beyond the declared ones.
         *
         * @param clientTransferId the id the caller gave the transfer in the bulk
         * @param transferId       the id of the SEPA transfer made; null until it is
         * @param errors           why it failed, as Qonto sent it
         * @param status           {@code pending}, {@code completed} or {@code failed}
         * @param otherFields      the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Result {
            errors = errors == null ? null : errors.stream().map(OtherFields::copyOf).toList();
            otherFields = OtherFields.copyOf(otherFields);
        }

        @Override
        public String toString() {
            return "Result[clientTransferId=" + clientTransferId + ", transferId=" + transferId + ", status=" + status
                    + ", errors=" + (errors == null ? 0 : errors.size()) + "]";
        }
    }

    @Override
    public String toString() {
        return "BulkTransfer[id=" + id + ", totalCount=" + totalCount + ", completedCount=" + completedCount
                + ", pendingCount=" + pendingCount + ", failedCount=" + failedCount + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
