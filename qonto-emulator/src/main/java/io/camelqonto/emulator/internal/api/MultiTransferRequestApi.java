package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Accounts;
import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.domain.RequestedTransfer;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Multi-transfer requests: transfers a member asks a reviewer to approve, up to 400 in one request. */
final class MultiTransferRequestApi {

    private static final String POINTER = "/request_multi_transfer";
    private static final int MAX_LENGTH = 140;

    List<Endpoint> endpoints() {
        return List.of(Endpoint.oauthOnlyIdempotent("POST", "/v2/requests/multi_transfers",
                Scopes.REQUEST_TRANSFERS_WRITE, this::create));
    }

    private ApiResponse create(ApiCall call) {
        JsonNode request = call.jsonBody().path("request_multi_transfer");
        if (!request.isObject()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "request_multi_transfer can't be blank",
                    POINTER));
        }
        Domain domain = call.domain();
        Violations violations = new Violations();
        String note = request.path("note").asText("");
        text(note, "note", POINTER + "/note", violations);
        if (request.hasNonNull("debit_iban") && domain.accounts().byIban(request.get("debit_iban").asText())
                .filter(Accounts::canDebit).isEmpty()) {
            violations.add("invalid_iban", "debit_iban must be the IBAN of an active account of the organization",
                    POINTER + "/debit_iban");
        }
        LocalDate today = LocalDate.ofInstant(domain.now(), ZoneOffset.UTC);
        LocalDate scheduled = TransferFields.date(request.path("scheduled_date"), today, POINTER + "/scheduled_date",
                violations);
        JsonNode items = request.path("transfers");
        if (!items.isArray() || items.isEmpty() || items.size() > BulkTransferApi.MAX_ITEMS) {
            violations.add("invalid", "transfers must hold between 1 and " + BulkTransferApi.MAX_ITEMS + " transfers",
                    POINTER + "/transfers");
            violations.throwIfAny();
        }
        List<RequestedTransfer> transfers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String pointer = POINTER + "/transfers/" + i;
            long cents = TransferFields.amount(item.path("amount"), pointer + "/amount", violations);
            String iban = item.path("credit_iban").asText("");
            if (!Iban.isValid(iban)) {
                violations.add("invalid_iban", "credit_iban is not a valid IBAN", pointer + "/credit_iban");
            }
            String name = item.path("credit_account_name").asText("");
            text(name, "credit_account_name", pointer + "/credit_account_name", violations);
            String reference = TransferFields.reference(item, pointer + "/reference", violations);
            for (String currency : new String[] {"currency", "credit_account_currency"}) {
                if (!"EUR".equals(item.path(currency).asText())) {
                    violations.add("not_in_list", currency + " must be EUR", pointer + "/" + currency);
                }
            }
            transfers.add(new RequestedTransfer(Iban.normalize(iban), name, cents, reference));
        }
        violations.throwIfAny();
        return ApiResponse.json(200, Json.object().set("request_multi_transfer",
                domain.multiTransferRequests().create(note, transfers, scheduled)));
    }

    private static void text(String value, String field, String pointer, Violations violations) {
        if (value.isBlank()) {
            violations.add("blank", field + " can't be blank", pointer);
        } else if (value.length() > MAX_LENGTH) {
            violations.add("too_long", field + " is too long (maximum is 140 characters)", pointer);
        }
    }
}
