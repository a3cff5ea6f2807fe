package io.camelqonto.examples.flows.testing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.camelqonto.emulator.EmulatorStore;
import io.camelqonto.examples.flows.DemoEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the approvals flow must do to the emulator's approval requests, whichever DSL its route is written in: pending
 * transfer requests up to the limit of the examples' application.properties approved, those above it declined with a
 * note the requester sees, and requests of other types left pending.
 */
public final class ApprovalsExpectations {

    private static final BigDecimal LIMIT = new BigDecimal("1000.00");
    private static final String NOTE
            = "Above the automatic approval limit of 1000.00 EUR; please resubmit with a quote";
    /** The edges, and amounts whose order as text differs from their order as numbers ("50.00" > "1000.00"). */
    private static final List<String> AMOUNTS_AROUND_THE_LIMIT
            = List.of("1000.00", "1000.01", "999.99", "50.00", "12000.00");

    private static final Predicate<Map<String, Object>> TRANSFER
            = request -> "transfer".equals(request.get("request_type"));
    private static final Predicate<Map<String, Object>> PENDING = request -> "pending".equals(request.get("status"));

    private final EmulatorStore store;

    public ApprovalsExpectations(DemoEmulator demo) {
        this.store = demo.emulator().store();
    }

    /** Adds a pending transfer request of each amount around the limit; returns their ids. */
    public List<String> addRequestsAroundTheLimit() {
        return AMOUNTS_AROUND_THE_LIMIT.stream().map(amount -> store.addRequest(Map.of("amount", amount))).toList();
    }

    /** The pending transfer requests: the ones the route decides on. */
    public List<String> pendingTransferRequestIds() {
        return ids(TRANSFER.and(PENDING));
    }

    /** The pending requests of other types (cards, multiple transfers), which the route must leave alone. */
    public List<String> pendingOtherRequestIds() {
        return ids(TRANSFER.negate().and(PENDING));
    }

    /** The transfer requests approved or declined at this instant or later. */
    public List<String> transferRequestIdsProcessedSince(Instant instant) {
        return ids(TRANSFER.and(request -> request.get("processed_at") != null
                && !Instant.parse((String) request.get("processed_at")).isBefore(instant)));
    }

    /** Waits until the route has decided on every pending transfer request. */
    public void awaitNoTransferRequestPending() {
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingTransferRequestIds().isEmpty());
    }

    /** Each of these requests approved if its amount is in EUR and at most the limit, else declined with the note. */
    public void assertDecidedByTheLimit(List<String> requestIds) {
        assertThat(requestIds).isNotEmpty().allSatisfy(id -> {
            Map<String, Object> request = store.request(id).orElseThrow();
            boolean covered = "EUR".equals(request.get("currency"))
                    && new BigDecimal(String.valueOf(request.get("amount"))).compareTo(LIMIT) <= 0;
            assertThat(request.get("status")).as("status of the request of %s", request.get("amount"))
                    .isEqualTo(covered ? "approved" : "declined");
            assertThat(request.get("declined_note")).as("declined note of the request of %s", request.get("amount"))
                    .isEqualTo(covered ? null : NOTE);
        });
    }

    /** Each of these requests still pending. */
    public void assertStillPending(List<String> requestIds) {
        assertThat(requestIds).isNotEmpty().allSatisfy(id ->
                assertThat(store.request(id).orElseThrow().get("status")).as("status of request %s", id)
                        .isEqualTo("pending"));
    }

    private List<String> ids(Predicate<Map<String, Object>> filter) {
        return store.requests().stream().filter(filter).map(request -> (String) request.get("id")).toList();
    }
}
