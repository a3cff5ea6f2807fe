package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.domain.RecurringOrder;
import io.camelqonto.emulator.internal.domain.RecurringTransfers;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** SEPA recurring transfers: listing, setting up (always under SCA, with a VoP proof) and canceling. */
final class RecurringTransferApi {

    private static final String POINTER = "/recurring_transfer";

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.oauthOnly("GET", "/v2/sepa/recurring_transfers", Scopes.ORGANIZATION_READ, this::list),
                Endpoint.oauthOnly("GET", "/v2/sepa/recurring_transfers/{id}", Scopes.ORGANIZATION_READ, this::get),
                Endpoint.oauthOnlyIdempotent("POST", "/v2/sepa/recurring_transfers", Scopes.PAYMENT_WRITE,
                        this::create),
                Endpoint.oauthOnly("POST", "/v2/sepa/recurring_transfers/{id}/cancel", Scopes.PAYMENT_WRITE,
                        this::cancel));
    }

    /** Qonto orders the list by {@code updated_at}, latest first, and offers no filter. */
    private ApiResponse list(ApiCall call) {
        PageRequest page = PageRequest.read(call.query(), PageRequest.DEFAULT_PER_PAGE);
        List<ObjectNode> recurring = call.domain().data().transferTables().recurringTransfers().all().stream()
                .sorted(Comparator.comparing((ObjectNode r) -> r.get("updated_at").asText()).reversed())
                .toList();
        return Page.of("recurring_transfers", recurring, page);
    }

    private ApiResponse get(ApiCall call) {
        return single(recurring(call));
    }

    private ApiResponse create(ApiCall call) {
        JsonNode body = call.jsonBody();
        JsonNode recurring = body.path("recurring_transfer");
        if (!recurring.isObject()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "recurring_transfer can't be blank", POINTER));
        }
        Domain domain = call.domain();
        Violations violations = new Violations();
        long cents = TransferFields.amount(recurring.path("amount"), POINTER + "/amount", violations);
        String reference = TransferFields.reference(recurring, POINTER + "/reference", violations);
        Optional<ObjectNode> account = TransferFields.debitAccount(domain, recurring.path("bank_account_id"),
                POINTER + "/bank_account_id", violations);
        TransferFields.Payee payee = TransferFields.payee(domain, recurring, POINTER, violations);
        String frequency = recurring.path("frequency").asText("");
        if (!RecurringTransfers.FREQUENCIES.contains(frequency)) {
            violations.add("not_in_list", "frequency must be one of: " + String.join(", ",
                    RecurringTransfers.FREQUENCIES), POINTER + "/frequency");
        }
        LocalDate today = LocalDate.ofInstant(domain.now(), ZoneOffset.UTC);
        LocalDate first = recurring.has("first_execution_date")
                ? TransferFields.date(recurring.path("first_execution_date"), today, POINTER + "/first_execution_date",
                        violations)
                : missing(violations, "first_execution_date", today);
        LocalDate last = null;
        if (recurring.hasNonNull("last_execution_date")) {
            last = Timestamps.parseDate(recurring.get("last_execution_date").asText()).orElse(null);
            if (last == null || last.isBefore(first)) {
                violations.add("invalid_date", "last_execution_date must be a date on or after first_execution_date",
                        POINTER + "/last_execution_date");
            }
        }
        if (cents > TransferFields.ATTACHMENT_THRESHOLD_CENTS && recurring.path("attachment_ids").isEmpty()) {
            violations.add("attachment_required", "transfers above 30000.00 EUR need at least one attachment",
                    POINTER + "/attachment_ids");
        }
        violations.throwIfAny();
        // Inferred: as for SEPA transfers; qontoctl saw a 401 for a missing token, whose body it does not record.
        if (!domain.payeeVerification().accepts(body.path("vop_proof_token").asText(""), payee.iban())) {
            throw QontoErrors.unprocessable(ApiError.atPointer("invalid_vop_proof_token",
                    "vop_proof_token is missing, expired, or was not issued for this beneficiary's IBAN",
                    "/vop_proof_token"));
        }
        // Qonto asks for SCA on every recurring transfer, trusted beneficiary or not.
        call.sca().authorize(call.request(), "transfer.recurring.create");
        ObjectNode created = domain.recurringTransfers().create(new RecurringOrder(account.orElseThrow().get("id")
                .asText(), payee.resolve(domain), cents, reference, TransferFields.optionalText(recurring, "note"),
                frequency, first, last));
        return single(created);
    }

    private static LocalDate missing(Violations violations, String field, LocalDate fallback) {
        violations.add("blank", field + " can't be blank", POINTER + "/" + field);
        return fallback;
    }

    /** Qonto answers 204; its reference also shows the canceled transfer, which a client must not rely on. */
    private ApiResponse cancel(ApiCall call) {
        ObjectNode recurring = recurring(call);
        if (!RecurringTransfers.ACTIVE.equals(recurring.get("status").asText())) {
            // Inferred: the code of this 422 is not documented.
            throw QontoErrors.unprocessable(ApiError.of("recurring_transfer_not_cancelable",
                    "Only active recurring transfers can be canceled; this one is "
                            + recurring.get("status").asText()));
        }
        call.domain().recurringTransfers().cancel(recurring);
        return ApiResponse.empty(204);
    }

    private static ObjectNode recurring(ApiCall call) {
        return call.domain().recurringTransfers().byId(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Recurring transfer not found"));
    }

    private static ApiResponse single(ObjectNode recurring) {
        return ApiResponse.json(200, Json.object().set("recurring_transfer", recurring));
    }
}
