package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.RequestDocument;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Approval requests of every type in every status, with many pending transfer requests (the ones an
 * approval route works on): amounts on both sides of 1,000 EUR, and three that share one {@code created_at}.
 */
final class RequestSeeder {

    private static final List<String> TYPES = List.of("transfer", "multi_transfer", "flash_card", "virtual_card");
    private static final List<String> STATUSES = List.of("pending", "approved", "declined", "canceled");
    private static final int PENDING_TRANSFERS = 30;
    private static final int PER_OTHER_COMBINATION = 4;

    private final SeedContext context;
    private final DataStore store;
    private final List<String> members;

    RequestSeeder(SeedContext context, DataStore store, List<String> members) {
        this.context = context;
        this.store = store;
        this.members = members;
    }

    void seed() {
        List<ObjectNode> requests = new ArrayList<>();
        for (int i = 0; i < PENDING_TRANSFERS; i++) {
            // Hours apart, so that created_at orders them without ties but for the three made to share one below.
            Instant createdAt = context.later(SeedContext.ANCHOR.minus(Duration.ofHours(7L * (i + 1))), 300);
            long cents = i % 2 == 0 ? context.centsBetween(5_000, 99_999) : context.centsBetween(100_000, 2_500_000);
            requests.add(request("transfer", "pending", createdAt, cents));
        }
        String sharedCreatedAt = requests.get(3).get("created_at").asText();
        requests.get(4).put("created_at", sharedCreatedAt);
        requests.get(5).put("created_at", sharedCreatedAt);
        for (String type : TYPES) {
            for (String status : STATUSES) {
                if (type.equals("transfer") && status.equals("pending")) {
                    continue;
                }
                for (int i = 0; i < PER_OTHER_COMBINATION; i++) {
                    Instant createdAt = context.daysBeforeAnchor(60, 2);
                    requests.add(request(type, status, createdAt, context.centsBetween(5_000, 1_500_000)));
                }
            }
        }
        requests.forEach(store.requests()::put);
    }

    private ObjectNode request(String type, String status, Instant createdAt, long cents) {
        boolean processed = !"pending".equals(status);
        boolean reviewed = "approved".equals(status) || "declined".equals(status);
        ObjectNode request = RequestDocument.blank(type)
                .put("id", context.ids().uuid("request"))
                .put("request_type", type)
                .put("status", status)
                .put("initiator_id", context.pick(members.subList(1, members.size())))
                .put("approver_id", reviewed ? members.get(0) : null)
                .put("note", note(type))
                .put("declined_note", "declined".equals(status) ? "Over the team budget this month" : null)
                .put("processed_at", processed ? Timestamps.format(context.later(createdAt, 60 * 48)) : null)
                .put("created_at", Timestamps.format(createdAt));
        LocalDate day = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        switch (type) {
            case "transfer" -> transfer(request, day, cents);
            case "multi_transfer" -> request
                    .put("total_transfers_amount", Money.string(cents))
                    .put("total_transfers_amount_currency", "EUR")
                    .put("total_transfers_count", context.between(2, 12))
                    .put("scheduled_date", Timestamps.format(day.plusDays(context.between(0, 5))));
            case "flash_card" -> request
                    .put("payment_lifespan_limit", Money.string(context.between(50, 800) * 100L))
                    .put("pre_expires_at", Timestamps.format(createdAt.plus(Duration.ofDays(30))))
                    .put("currency", "EUR");
            default -> request
                    .put("payment_monthly_limit", Money.string(context.between(10, 200) * 1000L))
                    .put("currency", "EUR")
                    .put("card_level", "virtual")
                    .put("card_design", "virtual.default.2017");
        }
        return request;
    }

    private void transfer(ObjectNode request, LocalDate day, long cents) {
        List<ObjectNode> validated = store.beneficiaries().where(b -> "validated".equals(b.get("status").asText()));
        boolean monthly = context.chance(0.15);
        request.put("creditor_name", context.pick(validated).get("name").asText())
                .put("amount", Money.string(cents))
                .put("currency", "EUR")
                .put("scheduled_date", Timestamps.format(day.plusDays(context.between(0, 7))))
                .put("recurrence", monthly ? "monthly" : "once")
                .put("last_recurrence_date", monthly ? Timestamps.format(day.plusMonths(6)) : null);
        if (context.chance(0.5)) {
            request.withArray("attachment_ids").add(context.ids().uuid("attachment"));
        }
    }

    private String note(String type) {
        return switch (type) {
            case "transfer" -> context.pick(List.of("Supplier invoice", "Freelance mission", "Event deposit"));
            case "multi_transfer" -> "Monthly freelancers payout";
            case "flash_card" -> context.pick(List.of("Trade fair expenses", "Client dinner"));
            default -> context.pick(List.of("SaaS subscriptions", "Ads budget"));
        };
    }
}
