package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.ResourceTable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** SEPA beneficiaries: mostly validated, some pending or declined, a third of the validated ones trusted. */
final class BeneficiarySeeder {

    private static final int PENDING_FROM = 22;
    private static final int DECLINED_FROM = 27;

    private final SeedContext context;

    BeneficiarySeeder(SeedContext context) {
        this.context = context;
    }

    void seed(ResourceTable beneficiaries) {
        List<BeneficiarySpec> specs = SeedCatalog.BENEFICIARIES;
        for (int i = 0; i < specs.size(); i++) {
            BeneficiarySpec spec = specs.get(i);
            String status = i >= DECLINED_FROM ? "declined" : i >= PENDING_FROM ? "pending" : "validated";
            Instant createdAt = context.daysBeforeAnchor(400, 100);
            Instant updatedAt = context.later(createdAt, 60 * 24 * 30);
            ObjectNode beneficiary = Json.object()
                    .put("id", context.ids().uuid("beneficiary"))
                    .put("name", spec.name())
                    .put("iban", iban(spec))
                    .put("bic", spec.bic())
                    .put("status", status)
                    .put("trusted", "validated".equals(status) && i % 3 == 0)
                    .put("currency", "EUR")
                    .put("created_at", Timestamps.format(createdAt))
                    .put("updated_at", Timestamps.format(updatedAt));
            if (context.chance(0.6)) {
                beneficiary.put("email", "billing@" + spec.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example");
            } else {
                beneficiary.putNull("email");
            }
            beneficiaries.put(beneficiary.put("activity_tag", spec.activityTag()));
        }
    }

    private String iban(BeneficiarySpec spec) {
        return switch (spec.country()) {
            case "FR" -> Iban.french(spec.bankCode(), context.digits(5), context.digits(11));
            case "DE" -> Iban.of("DE", spec.bankCode() + context.digits(10));
            default -> Iban.of(spec.country(), spec.bankCode() + context.digits(10));
        };
    }
}
