package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Accounts;
import io.camelqonto.emulator.internal.files.OnePagePdf;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;

/**
 * What the organization does with its business accounts besides reading them: opening, renaming and closing (under
 * SCA) accounts, and the IBAN certificate of one.
 */
final class BusinessAccountApi {

    private static final int MAX_NAME_LENGTH = 50;

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.oauthOnlyIdempotent("POST", "/v2/bank_accounts", Scopes.BANK_ACCOUNT_WRITE, this::create),
                Endpoint.oauthOnly("PATCH", "/v2/bank_accounts/{id}", Scopes.BANK_ACCOUNT_WRITE, this::update),
                Endpoint.oauthOnly("POST", "/v2/bank_accounts/{id}/close", Scopes.BANK_ACCOUNT_WRITE, this::close),
                // Inferred: Qonto's scope table lists the certificate among reads an API key may make too.
                Endpoint.anyAuth("GET", "/v2/bank_accounts/{id}/iban_certificate", Scopes.ORGANIZATION_READ,
                        this::ibanCertificate));
    }

    private ApiResponse create(ApiCall call) {
        return single(call.domain().accounts().open(name(call)));
    }

    private ApiResponse update(ApiCall call) {
        ObjectNode account = ownAccount(call);
        return single(call.domain().accounts().rename(account, name(call)));
    }

    /** Qonto closes only an empty account that is neither the main one nor a connected one. */
    private ApiResponse close(ApiCall call) {
        ObjectNode account = ownAccount(call);
        if (account.get("main").asBoolean()) {
            throw refused("main_account", "The main account cannot be closed");
        }
        if (!"active".equals(account.get("status").asText())) {
            throw refused("account_not_active", "The account is " + account.get("status").asText());
        }
        if (account.get("balance_cents").asLong() != 0 || account.get("authorized_balance_cents").asLong() != 0) {
            throw refused("balance_not_zero", "Only an account with a zero balance can be closed");
        }
        // Inferred: Qonto documents SCA for closing an account, not its action type.
        call.sca().authorize(call.request(), "bank_account.close");
        return single(call.domain().accounts().close(account));
    }

    private ApiResponse ibanCertificate(ApiCall call) {
        ObjectNode account = call.domain().accounts().byId(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Bank account not found"));
        if (account.get("iban").isNull()) {
            throw QontoErrors.notFound("A connected account has no Qonto IBAN certificate");
        }
        ObjectNode organization = call.domain().data().organization();
        byte[] pdf = OnePagePdf.render(List.of(
                "Qonto - IBAN certificate",
                "Account holder: " + organization.get("legal_name").asText(),
                "Address: " + organization.get("legal_address").asText(),
                "Account: " + account.get("name").asText(),
                "IBAN: " + account.get("iban").asText(),
                "BIC: " + account.get("bic").asText()));
        // Inferred: Qonto does not document the file's name.
        return ApiResponse.bytes(200, "application/pdf", pdf).withHeader("Content-Disposition",
                "attachment; filename=\"iban-certificate-" + account.get("slug").asText() + ".pdf\"");
    }

    /** Only Qonto accounts change through the API: a connected account belongs to another bank. */
    private static ObjectNode ownAccount(ApiCall call) {
        ObjectNode account = call.domain().accounts().byId(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Bank account not found"));
        if (account.get("is_external_account").asBoolean()) {
            throw refused("external_account", "A connected account cannot be changed through the API");
        }
        return account;
    }

    /** The {@code bank_account.name} of the body. */
    // Inferred: Qonto does not document the longest name; its app stops at 50 characters.
    private static String name(ApiCall call) {
        JsonNode name = call.jsonBody().path("bank_account").path("name");
        String text = name.isTextual() ? name.asText().strip() : "";
        if (text.isEmpty()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "name can't be blank", "/bank_account/name"));
        }
        if (text.length() > MAX_NAME_LENGTH) {
            throw QontoErrors.unprocessable(ApiError.atPointer("too_long",
                    "name is too long (maximum is 50 characters)", "/bank_account/name"));
        }
        return text;
    }

    private static ApiException refused(String code, String detail) {
        return QontoErrors.of(400, code, detail);
    }

    private static ApiResponse single(ObjectNode account) {
        return ApiResponse.json(200, Json.object().set("bank_account", account));
    }
}
