package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.Accounts;
import io.camelqonto.emulator.internal.domain.BeneficiaryDetails;
import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The fields transfer bodies share, checked as Qonto checks them; each violation names its JSON pointer. */
final class TransferFields {

    static final int MAX_REFERENCE_LENGTH = 140;
    static final long ATTACHMENT_THRESHOLD_CENTS = 3_000_000;

    private TransferFields() {
    }

    /** A decimal string with at most two decimals, in cents; a JSON number is refused, as Qonto refuses it. */
    static long amount(JsonNode amount, String pointer, Violations violations) {
        if (amount.isMissingNode() || amount.isNull()) {
            violations.add("blank", "amount can't be blank", pointer);
        } else if (!amount.isTextual()) {
            violations.add("not_a_string", "amount must be a string", pointer);
        } else if (!amount.asText().matches("\\d+(\\.\\d{1,2})?")) {
            violations.add("invalid_format", "amount must be a decimal number with at most 2 decimals, e.g. \"100.50\"",
                    pointer);
        } else if (new BigDecimal(amount.asText()).signum() <= 0) {
            violations.add("greater_than", "amount must be greater than 0", pointer);
        } else {
            return Money.cents(new BigDecimal(amount.asText()));
        }
        return 0;
    }

    static String reference(JsonNode parent, String pointer, Violations violations) {
        String reference = parent.path("reference").asText("");
        if (reference.isBlank()) {
            violations.add("blank", "reference can't be blank", pointer);
        } else if (reference.length() > MAX_REFERENCE_LENGTH) {
            violations.add("too_long", "reference is too long (maximum is 140 characters)", pointer);
        }
        return reference;
    }

    /** An active Qonto account of the organization, by id. */
    static Optional<ObjectNode> debitAccount(Domain domain, JsonNode id, String pointer, Violations violations) {
        Optional<ObjectNode> account = Optional.ofNullable(id.textValue()).flatMap(domain.accounts()::byId)
                .filter(Accounts::canDebit);
        if (account.isEmpty()) {
            violations.add("invalid", "bank_account_id must be an active account of the organization", pointer);
        }
        return account;
    }

    /** A date, today when absent; never in the past. */
    static LocalDate date(JsonNode value, LocalDate today, String pointer, Violations violations) {
        if (value.isMissingNode() || value.isNull()) {
            return today;
        }
        Optional<LocalDate> date = Timestamps.parseDate(value.asText());
        if (date.isEmpty()) {
            violations.add("invalid_date", "must be a date, e.g. 2026-01-15", pointer);
        } else if (date.get().isBefore(today)) {
            violations.add("invalid_date", "must be today or later", pointer);
        }
        return date.orElse(today);
    }

    static String optionalText(JsonNode parent, String field) {
        JsonNode value = parent.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    /**
     * The beneficiary of a transfer body: by {@code beneficiary_id}, or given inline and matched to a known
     * beneficiary by IBAN; exactly one of the two.
     *
     * @param pointer JSON pointer of the object holding the beneficiary
     */
    static Payee payee(Domain domain, JsonNode parent, String pointer, Violations violations) {
        boolean byId = parent.hasNonNull("beneficiary_id");
        JsonNode inline = parent.path("beneficiary");
        if (byId == inline.isObject()) {
            violations.add("invalid", "exactly one of beneficiary_id and beneficiary must be given",
                    pointer + "/beneficiary_id");
            return Payee.NONE;
        }
        if (byId) {
            Optional<ObjectNode> beneficiary = domain.beneficiaries().byId(parent.get("beneficiary_id").asText());
            if (beneficiary.isEmpty()) {
                violations.add("not_found", "beneficiary_id does not match any beneficiary", pointer + "/beneficiary_id");
                return Payee.NONE;
            }
            return Payee.of(beneficiary.get());
        }
        Violations own = new Violations();
        BeneficiaryDetails details = BeneficiaryApi.details(inline, pointer + "/beneficiary", own);
        if (!own.isEmpty()) {
            own.moveTo(violations);
            return Payee.NONE;
        }
        return domain.beneficiaries().byIban(details.iban()).map(Payee::of).orElseGet(() -> Payee.of(details));
    }

    /** Who the money goes to: a known beneficiary, or the details of a new one. */
    record Payee(Optional<ObjectNode> existing, BeneficiaryDetails details) {

        static final Payee NONE = new Payee(Optional.empty(), null);

        static Payee of(ObjectNode beneficiary) {
            return new Payee(Optional.of(beneficiary), null);
        }

        static Payee of(BeneficiaryDetails details) {
            return new Payee(Optional.empty(), details);
        }

        boolean known() {
            return existing.isPresent() || details != null;
        }

        String iban() {
            return existing.map(b -> b.get("iban").asText()).orElseGet(() -> Iban.normalize(details.iban()));
        }

        boolean trusted() {
            return existing.map(b -> b.get("trusted").asBoolean()).orElse(false);
        }

        /**
         * The beneficiary's id, the inline one being created (untrusted, pending) first unless an earlier transfer
         * of the same call created it.
         */
        String resolve(Domain domain) {
            return existing.or(() -> domain.beneficiaries().byIban(details.iban()))
                    .orElseGet(() -> domain.beneficiaries().create(details)).get("id").asText();
        }
    }
}
