package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Accounts;
import io.camelqonto.emulator.internal.domain.BeneficiaryDetails;
import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.domain.ExternalTransfers;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The legacy external transfers, which Qonto replaced with SEPA transfers. A transfer goes to a trusted beneficiary
 * with a Verification of Payee proof; a checkout sends several transfers to beneficiaries given by their details,
 * which are created untrusted, so it needs SCA. Inferred: Qonto's current reference no longer shows these
 * endpoints; the emulator follows its earlier one, and lets an API key read them as it may read SEPA transfers.
 */
final class ExternalTransferApi {

    private static final String POINTER = "/external_transfer";

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/external_transfers", Scopes.ORGANIZATION_READ, this::list),
                Endpoint.anyAuth("GET", "/v2/external_transfers/{id}", Scopes.ORGANIZATION_READ, this::get),
                Endpoint.oauthOnlyIdempotent("POST", "/v2/external_transfers", Scopes.PAYMENT_WRITE, this::create),
                Endpoint.oauthOnlyIdempotent("POST", "/v2/external_transfers/checkout", Scopes.PAYMENT_WRITE,
                        this::checkout));
    }

    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        List<String> statuses = query.enumValues(ExternalTransfers.STATUSES, "status[]");
        Optional<Instant> updatedFrom = query.instant("updated_at_from");
        Optional<Instant> updatedTo = query.instant("updated_at_to");
        Optional<LocalDate> scheduledFrom = query.date("scheduled_date_from");
        Optional<LocalDate> scheduledTo = query.date("scheduled_date_to");
        List<String> beneficiaryIds = query.values("beneficiary_ids[]");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);

        Predicate<ObjectNode> filter = t -> statuses.isEmpty() || statuses.contains(t.get("status").asText());
        filter = filter.and(t -> {
            Instant changed = ExternalTransfers.lastChange(t);
            return updatedFrom.map(from -> !changed.isBefore(from)).orElse(true)
                    && updatedTo.map(to -> !changed.isAfter(to)).orElse(true);
        });
        filter = filter.and(t -> {
            LocalDate scheduled = LocalDate.parse(t.get("scheduled_date").asText());
            return scheduledFrom.map(from -> !scheduled.isBefore(from)).orElse(true)
                    && scheduledTo.map(to -> !scheduled.isAfter(to)).orElse(true);
        });
        filter = filter.and(t -> beneficiaryIds.isEmpty() || beneficiaryIds.contains(t.get("beneficiary_id").asText()));
        List<ObjectNode> transfers = call.domain().data().transferTables().externalTransfers().where(filter).stream()
                .sorted((a, b) -> ExternalTransfers.lastChange(b).compareTo(ExternalTransfers.lastChange(a)))
                .toList();
        return Page.of("external_transfers", transfers, page);
    }

    private ApiResponse get(ApiCall call) {
        ObjectNode transfer = call.domain().externalTransfers().byId(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("External transfer not found"));
        return ApiResponse.json(200, Json.object().set("external_transfer", transfer));
    }

    private ApiResponse create(ApiCall call) {
        JsonNode body = call.jsonBody();
        JsonNode transfer = body.path("external_transfer");
        if (!transfer.isObject()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "external_transfer can't be blank", POINTER));
        }
        Domain domain = call.domain();
        Violations violations = new Violations();
        Optional<ObjectNode> account = debitAccount(domain, transfer.path("debit_iban"), POINTER + "/debit_iban",
                violations);
        Optional<ObjectNode> beneficiary = Optional.ofNullable(transfer.path("beneficiary_id").textValue())
                .flatMap(domain.beneficiaries()::byId);
        if (beneficiary.isEmpty()) {
            violations.add("not_found", "beneficiary_id does not match any beneficiary", POINTER + "/beneficiary_id");
        } else if (!beneficiary.get().get("trusted").asBoolean()) {
            violations.add("untrusted_beneficiary", "external transfers go to trusted beneficiaries only",
                    POINTER + "/beneficiary_id");
        }
        long cents = TransferFields.amount(transfer.path("amount"), POINTER + "/amount", violations);
        String reference = TransferFields.reference(transfer, POINTER + "/reference", violations);
        currency(transfer, POINTER + "/currency", violations);
        LocalDate today = LocalDate.ofInstant(domain.now(), ZoneOffset.UTC);
        LocalDate scheduled = TransferFields.date(transfer.path("scheduled_date"), today, POINTER + "/scheduled_date",
                violations);
        violations.throwIfAny();
        if (!domain.payeeVerification().accepts(body.path("vop_proof_token").asText(""),
                beneficiary.get().get("iban").asText())) {
            throw QontoErrors.unprocessable(ApiError.atPointer("invalid_vop_proof_token",
                    "vop_proof_token is missing, expired, or was not issued for this beneficiary's IBAN",
                    "/vop_proof_token"));
        }
        ObjectNode created = domain.externalTransfers().create(account.get(), beneficiary.get(), cents, reference,
                TransferFields.optionalText(transfer, "note"), scheduled);
        return ApiResponse.json(200, Json.object().set("external_transfer", created));
    }

    /**
     * Several transfers to beneficiaries given by name and IBAN, each created untrusted when unknown. Inferred:
     * Qonto's earlier reference shows no Verification of Payee proof here; the emulator asks for none, and asks for
     * SCA as for any transfer to an untrusted beneficiary.
     */
    private ApiResponse checkout(ApiCall call) {
        JsonNode body = call.jsonBody();
        Domain domain = call.domain();
        Violations violations = new Violations();
        Optional<ObjectNode> account = debitAccount(domain, body.path("debit_iban"), "/debit_iban", violations);
        JsonNode items = body.path("external_transfers");
        if (!items.isArray() || items.isEmpty() || items.size() > BulkTransferApi.MAX_ITEMS) {
            violations.add("invalid", "external_transfers must hold between 1 and " + BulkTransferApi.MAX_ITEMS
                    + " transfers", "/external_transfers");
            violations.throwIfAny();
        }
        LocalDate today = LocalDate.ofInstant(domain.now(), ZoneOffset.UTC);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String pointer = "/external_transfers/" + i;
            if (!Iban.isValid(item.path("credit_iban").asText(""))) {
                violations.add("invalid_iban", "credit_iban is not a valid IBAN", pointer + "/credit_iban");
            }
            String name = item.path("credit_account_name").asText("");
            if (name.isBlank() || name.length() > 140) {
                violations.add("invalid", "credit_account_name must have between 1 and 140 characters",
                        pointer + "/credit_account_name");
            }
            TransferFields.amount(item.path("amount"), pointer + "/amount", violations);
            TransferFields.reference(item, pointer + "/reference", violations);
            currency(item, pointer + "/currency", violations);
            TransferFields.date(item.path("scheduled_date"), today, pointer + "/scheduled_date", violations);
        }
        violations.throwIfAny();
        call.sca().authorize(call.request(), "transfer.checkout.create");
        ArrayNode created = Json.array();
        for (JsonNode item : items) {
            String iban = item.get("credit_iban").asText();
            ObjectNode beneficiary = domain.beneficiaries().byIban(iban).orElseGet(() -> domain.beneficiaries()
                    .create(new BeneficiaryDetails(item.get("credit_account_name").asText(), iban, null, null, null)));
            Violations unused = new Violations();
            created.add(domain.externalTransfers().create(account.orElseThrow(), beneficiary,
                    TransferFields.amount(item.get("amount"), "", unused), item.get("reference").asText(),
                    TransferFields.optionalText(item, "note"),
                    TransferFields.date(item.path("scheduled_date"), today, "", unused)));
        }
        ObjectNode answer = Json.object();
        answer.set("external_transfers", created);
        answer.set("errors", Json.array());
        return ApiResponse.json(200, answer);
    }

    private static Optional<ObjectNode> debitAccount(Domain domain, JsonNode iban, String pointer,
            Violations violations) {
        Optional<ObjectNode> account = Iban.isValid(iban.asText(""))
                ? domain.accounts().byIban(iban.asText()).filter(Accounts::canDebit) : Optional.empty();
        if (account.isEmpty()) {
            violations.add("invalid_iban", "debit_iban must be the IBAN of an active account of the organization",
                    pointer);
        }
        return account;
    }

    private static void currency(JsonNode transfer, String pointer, Violations violations) {
        if (!"EUR".equals(transfer.path("currency").asText())) {
            violations.add("not_in_list", "currency must be EUR", pointer);
        }
    }
}
