package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Accounts;
import io.camelqonto.emulator.internal.domain.BeneficiaryDetails;
import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.domain.TransferOrder;
import io.camelqonto.emulator.internal.domain.Transfers;
import io.camelqonto.emulator.internal.files.OnePagePdf;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** SEPA transfers: listing, sending (with VoP proof and SCA), canceling and proof of payment. */
final class TransferApi {

    private static final List<String> SORT_FIELDS = List.of("updated_at", "scheduled_date");
    private static final int MAX_IDS = 100;
    private static final int MAX_REFERENCE_LENGTH = 140;
    private static final long ATTACHMENT_THRESHOLD_CENTS = 3_000_000;

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/sepa/transfers", Scopes.ORGANIZATION_READ, this::list),
                Endpoint.anyAuth("GET", "/v2/sepa/transfers/{id}", Scopes.ORGANIZATION_READ, this::get),
                Endpoint.oauthOnlyIdempotent("POST", "/v2/sepa/transfers", Scopes.PAYMENT_WRITE, this::create),
                Endpoint.oauthOnly("POST", "/v2/sepa/transfers/{id}/cancel", Scopes.PAYMENT_WRITE, this::cancel),
                Endpoint.oauthOnly("POST", "/v2/sepa/transfers/{id}/download_proof", Scopes.PAYMENT_WRITE, this::proof),
                // The path some clients use; Qonto's reference documents download_proof.
                Endpoint.oauthOnly("GET", "/v2/sepa/transfers/{id}/proof", Scopes.PAYMENT_WRITE, this::proof));
    }

    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        List<String> statuses = query.enumValues(Transfers.STATUSES, "status", "status[]");
        TimeRange updated = TimeRange.read(query, "updated_at");
        Optional<LocalDate> scheduledFrom = query.date("scheduled_date_from");
        Optional<LocalDate> scheduledTo = query.date("scheduled_date_to");
        List<String> beneficiaryIds = query.values("beneficiary_ids[]");
        List<String> ids = query.values("ids", "ids[]");
        if (ids.size() > MAX_IDS) {
            throw QontoErrors.unprocessable(ApiError.atParameter("too_long",
                    "ids accepts at most " + MAX_IDS + " values", "ids"));
        }
        List<String> recurringIds = query.values("recurring_transfer_ids", "recurring_transfer_ids[]");
        SortOrder sort = SortOrder.read(query, SORT_FIELDS, "updated_at:desc");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);

        Predicate<ObjectNode> filter = t -> statuses.isEmpty() || statuses.contains(t.get("status").asText());
        filter = filter.and(updated::contains);
        filter = filter.and(t -> {
            LocalDate scheduled = LocalDate.parse(t.get("scheduled_date").asText());
            return scheduledFrom.map(from -> !scheduled.isBefore(from)).orElse(true)
                    && scheduledTo.map(to -> !scheduled.isAfter(to)).orElse(true);
        });
        filter = filter.and(t -> beneficiaryIds.isEmpty() || beneficiaryIds.contains(t.get("beneficiary_id").asText()));
        filter = filter.and(t -> ids.isEmpty() || ids.contains(t.get("id").asText()));
        filter = filter.and(t -> recurringIds.isEmpty()
                || recurringIds.contains(t.get("recurring_transfer_id").asText()));
        List<ObjectNode> transfers = call.domain().data().transfers().where(filter).stream()
                .sorted(sort.comparator())
                .toList();
        return Page.of("transfers", transfers, page);
    }

    private ApiResponse get(ApiCall call) {
        return ApiResponse.json(200, Json.object().set("transfer", transfer(call)));
    }

    private ApiResponse create(ApiCall call) {
        JsonNode body = call.jsonBody();
        JsonNode transfer = body.path("transfer");
        if (!transfer.isObject()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "transfer can't be blank", "/transfer"));
        }
        Domain domain = call.domain();
        Violations violations = new Violations();
        long cents = amount(transfer.path("amount"), violations);
        String reference = transfer.path("reference").asText("");
        if (reference.isBlank()) {
            violations.add("blank", "reference can't be blank", "/transfer/reference");
        } else if (reference.length() > MAX_REFERENCE_LENGTH) {
            violations.add("too_long", "reference is too long (maximum is 140 characters)", "/transfer/reference");
        }
        Optional<ObjectNode> account = Optional.ofNullable(transfer.path("bank_account_id").textValue())
                .flatMap(domain.accounts()::byId).filter(Accounts::canDebit);
        if (account.isEmpty()) {
            violations.add("invalid", "bank_account_id must be an active account of the organization",
                    "/transfer/bank_account_id");
        }
        Payee payee = payee(domain, transfer, violations);
        LocalDate today = LocalDate.ofInstant(domain.now(), ZoneOffset.UTC);
        LocalDate scheduledDate = scheduledDate(transfer.path("scheduled_date"), today, violations);
        if (cents > ATTACHMENT_THRESHOLD_CENTS && transfer.path("attachment_ids").isEmpty()) {
            violations.add("attachment_required", "transfers above 30000.00 EUR need at least one attachment",
                    "/transfer/attachment_ids");
        }
        violations.throwIfAny();
        // Inferred: Qonto documents the token as mandatory but not the error of a missing or stale one.
        if (!domain.payeeVerification().accepts(body.path("vop_proof_token").asText(""), payee.iban())) {
            throw QontoErrors.unprocessable(ApiError.atPointer("invalid_vop_proof_token",
                    "vop_proof_token is missing, expired, or was not issued for this beneficiary's IBAN",
                    "/vop_proof_token"));
        }
        if (!payee.trusted()) {
            call.sca().authorize(call.request(), "transfer.single.create");
        }
        ObjectNode beneficiary = payee.existing().orElseGet(() -> domain.beneficiaries().create(payee.details()));
        JsonNode note = transfer.path("note");
        ObjectNode created = domain.transfers().create(new TransferOrder(account.orElseThrow().get("id").asText(),
                beneficiary.get("id").asText(), cents, reference, note.isTextual() ? note.asText() : null,
                scheduledDate));
        return ApiResponse.json(200, Json.object().set("transfer", created));
    }

    /** Amounts are decimal strings: a JSON number is refused, as Qonto refuses it. */
    private static long amount(JsonNode amount, Violations violations) {
        String pointer = "/transfer/amount";
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

    /** The beneficiary, by id or given inline; an inline one is matched to a known beneficiary by IBAN. */
    private static Payee payee(Domain domain, JsonNode transfer, Violations violations) {
        boolean byId = transfer.hasNonNull("beneficiary_id");
        JsonNode inline = transfer.path("beneficiary");
        if (byId == inline.isObject()) {
            violations.add("invalid", "exactly one of beneficiary_id and beneficiary must be given",
                    "/transfer/beneficiary_id");
            return Payee.NONE;
        }
        if (byId) {
            Optional<ObjectNode> beneficiary = domain.beneficiaries().byId(transfer.get("beneficiary_id").asText());
            if (beneficiary.isEmpty()) {
                violations.add("not_found", "beneficiary_id does not match any beneficiary", "/transfer/beneficiary_id");
                return Payee.NONE;
            }
            return Payee.of(beneficiary.get());
        }
        BeneficiaryDetails details = BeneficiaryApi.details(inline, "/transfer/beneficiary", violations);
        if (!violations.isEmpty()) {
            return Payee.NONE;
        }
        return domain.beneficiaries().byIban(details.iban()).map(Payee::of).orElseGet(() -> Payee.of(details));
    }

    private static LocalDate scheduledDate(JsonNode value, LocalDate today, Violations violations) {
        if (value.isMissingNode() || value.isNull()) {
            return today;
        }
        Optional<LocalDate> date = Timestamps.parseDate(value.asText());
        if (date.isEmpty()) {
            violations.add("invalid_date", "scheduled_date must be a date, e.g. 2026-01-15", "/transfer/scheduled_date");
        } else if (date.get().isBefore(today)) {
            violations.add("invalid_date", "scheduled_date must be today or later", "/transfer/scheduled_date");
        }
        return date.orElse(today);
    }

    private ApiResponse cancel(ApiCall call) {
        ObjectNode transfer = transfer(call);
        if (!"pending".equals(transfer.get("status").asText())) {
            // Inferred: the code of this 422 is not documented.
            throw QontoErrors.unprocessable(ApiError.of("transfer_not_cancelable",
                    "Only pending transfers can be canceled; this one is " + transfer.get("status").asText()));
        }
        call.domain().transfers().move(transfer, "canceled");
        return ApiResponse.empty(204);
    }

    private ApiResponse proof(ApiCall call) {
        ObjectNode transfer = transfer(call);
        if (!"settled".equals(transfer.get("status").asText())) {
            throw QontoErrors.notFound("No proof is available until the transfer is settled");
        }
        ObjectNode beneficiary = call.domain().beneficiaries().byId(transfer.get("beneficiary_id").asText()).orElseThrow();
        byte[] pdf = OnePagePdf.render(List.of(
                "Qonto - Proof of SEPA transfer",
                "Transfer id: " + transfer.get("id").asText(),
                "Amount: " + Money.string(transfer.get("amount_cents").asLong()) + " EUR",
                "Beneficiary: " + beneficiary.get("name").asText(),
                "Reference: " + transfer.get("reference").asText(),
                "Settled at: " + transfer.get("completed_at").asText()));
        return ApiResponse.bytes(200, "application/pdf", pdf).withHeader("Content-Disposition",
                "attachment; filename=\"transfer-proof-" + transfer.get("id").asText() + ".pdf\"");
    }

    private static ObjectNode transfer(ApiCall call) {
        return call.domain().transfers().byId(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Transfer not found"));
    }

    /** Who the money goes to: a known beneficiary, or the details of a new one. */
    private record Payee(Optional<ObjectNode> existing, BeneficiaryDetails details) {

        static final Payee NONE = new Payee(Optional.empty(), null);

        static Payee of(ObjectNode beneficiary) {
            return new Payee(Optional.of(beneficiary), null);
        }

        static Payee of(BeneficiaryDetails details) {
            return new Payee(Optional.empty(), details);
        }

        String iban() {
            return existing.map(b -> b.get("iban").asText()).orElseGet(() -> Iban.normalize(details.iban()));
        }

        boolean trusted() {
            return existing.map(b -> b.get("trusted").asBoolean()).orElse(false);
        }
    }
}
