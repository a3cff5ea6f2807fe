package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Accounts;
import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;
import java.util.Optional;

/** Instant transfers between two accounts of the organization; open to API keys, unlike other payments. */
final class InternalTransferApi {

    private static final String POINTER = "/internal_transfer";

    List<Endpoint> endpoints() {
        return List.of(new Endpoint("POST", new PathTemplate("/v2/internal_transfers"), Scopes.INTERNAL_TRANSFER_WRITE,
                false, true, this::create));
    }

    private ApiResponse create(ApiCall call) {
        JsonNode transfer = call.jsonBody().path("internal_transfer");
        if (!transfer.isObject()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "internal_transfer can't be blank", POINTER));
        }
        Domain domain = call.domain();
        Violations violations = new Violations();
        Optional<ObjectNode> debit = account(domain, transfer, "debit_iban", violations);
        Optional<ObjectNode> credit = account(domain, transfer, "credit_iban", violations);
        if (debit.isPresent() && debit.equals(credit)) {
            violations.add("invalid", "credit_iban must be another account than debit_iban", POINTER + "/credit_iban");
        }
        long cents = TransferFields.amount(transfer.path("amount"), POINTER + "/amount", violations);
        String reference = TransferFields.reference(transfer, POINTER + "/reference", violations);
        if (!"EUR".equals(transfer.path("currency").asText())) {
            violations.add("not_in_list", "currency must be EUR", POINTER + "/currency");
        }
        violations.throwIfAny();
        if (debit.get().get("authorized_balance_cents").asLong() < cents) {
            // Inferred: Qonto lists a 422 for this call without its code.
            throw QontoErrors.unprocessable(ApiError.atPointer("insufficient_funds",
                    "the debited account's authorized balance is lower than the amount", POINTER + "/amount"));
        }
        ObjectNode created = domain.internalTransfers().create(debit.get(), credit.get(), cents, reference);
        return ApiResponse.json(200, Json.object().set("internal_transfer", created));
    }

    private static Optional<ObjectNode> account(Domain domain, JsonNode transfer, String field,
            Violations violations) {
        String iban = transfer.path(field).asText("");
        Optional<ObjectNode> account = Iban.isValid(iban)
                ? domain.accounts().byIban(iban).filter(Accounts::canDebit) : Optional.empty();
        if (account.isEmpty()) {
            violations.add("invalid_iban", field + " must be the IBAN of an active account of the organization",
                    POINTER + "/" + field);
        }
        return account;
    }
}
