package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** SEPA beneficiaries: created pending and untrusted, trusted only on purpose. */
public final class Beneficiaries {

    /** BICs of the French banks the seed uses, so that a beneficiary created without a BIC still gets one. */
    private static final Map<String, String> FRENCH_BICS = Map.of(
            "16958", "QNTOFRP1XXX",
            "30004", "BNPAFRPPXXX",
            "30003", "SOGEFRPPXXX",
            "30002", "CRLYFRPPXXX",
            "20041", "PSSTFRPPXXX",
            "10278", "CMCIFR2AXXX");

    private final DataStore data;
    private final Supplier<Instant> now;

    Beneficiaries(DataStore data, Supplier<Instant> now) {
        this.data = data;
        this.now = now;
    }

    public Optional<ObjectNode> byId(String id) {
        return data.beneficiaries().get(id);
    }

    public Optional<ObjectNode> byIban(String iban) {
        String wanted = Iban.normalize(iban);
        return data.beneficiaries().where(b -> wanted.equals(b.get("iban").asText())).stream().findFirst();
    }

    public Optional<ObjectNode> byName(String name) {
        return data.beneficiaries().where(b -> name.equals(b.get("name").asText())).stream().findFirst();
    }

    public ObjectNode create(BeneficiaryDetails details) {
        String timestamp = Timestamps.format(now.get());
        String iban = Iban.normalize(details.iban());
        String bic = details.bic() != null ? details.bic()
                : Iban.frenchBankCode(iban).map(FRENCH_BICS::get).orElse(null);
        ObjectNode beneficiary = Json.object()
                .put("id", data.ids().uuid("beneficiary"))
                .put("name", details.name())
                .put("iban", iban)
                .put("bic", bic)
                .put("status", "pending")
                .put("trusted", false)
                .put("currency", "EUR")
                .put("created_at", timestamp)
                .put("updated_at", timestamp)
                .put("email", details.email())
                .put("activity_tag", details.activityTag());
        data.beneficiaries().put(beneficiary);
        return beneficiary;
    }

    /** Sets the given fields (name, email, activity tag) and bumps {@code updated_at}. */
    public ObjectNode update(ObjectNode beneficiary, Map<String, String> changes) {
        changes.forEach(beneficiary::put);
        return touch(beneficiary);
    }

    public ObjectNode trust(ObjectNode beneficiary, boolean trusted) {
        beneficiary.put("trusted", trusted);
        return touch(beneficiary);
    }

    private ObjectNode touch(ObjectNode beneficiary) {
        return beneficiary.put("updated_at", Timestamps.format(now.get()));
    }
}
