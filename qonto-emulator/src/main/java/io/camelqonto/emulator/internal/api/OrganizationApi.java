package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;

/** The organization and its business accounts. */
final class OrganizationApi {

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/organization", Scopes.ORGANIZATION_READ, this::organization),
                Endpoint.anyAuth("GET", "/v2/bank_accounts", Scopes.ORGANIZATION_READ, this::bankAccounts),
                Endpoint.anyAuth("GET", "/v2/bank_accounts/{id}", Scopes.ORGANIZATION_READ, this::bankAccount));
    }

    /** Connected external accounts are listed only on request, as in Qonto. */
    private ApiResponse organization(ApiCall call) {
        boolean includeExternal = call.query().bool("include_external_accounts").orElse(false);
        ObjectNode organization = call.domain().data().organization().deepCopy();
        organization.set("bank_accounts", Json.array(call.domain().data().bankAccounts()
                .where(account -> includeExternal || !account.get("is_external_account").asBoolean())));
        return ApiResponse.json(200, Json.object().set("organization", organization));
    }

    /** Honours page and per_page, but answers without {@code meta}, like Qonto's reference. */
    private ApiResponse bankAccounts(ApiCall call) {
        PageRequest page = PageRequest.read(call.query(), PageRequest.DEFAULT_PER_PAGE);
        List<ObjectNode> accounts = call.domain().data().bankAccounts()
                .where(account -> !account.get("is_external_account").asBoolean());
        int from = Math.min(accounts.size(), (page.page() - 1) * page.perPage());
        int to = Math.min(accounts.size(), from + page.perPage());
        return ApiResponse.json(200, Json.object().set("bank_accounts", Json.array(accounts.subList(from, to))));
    }

    private ApiResponse bankAccount(ApiCall call) {
        ObjectNode account = call.domain().accounts().byId(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Bank account not found"));
        return ApiResponse.json(200, Json.object().set("bank_account", account));
    }
}
