package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.BulkItem;
import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SEPA bulk transfers: up to 400 transfers in one call, under one Verification of Payee proof for the whole set of
 * IBANs (from a bulk verification, or a skipped one). SCA applies unless every item names a trusted beneficiary by id.
 */
final class BulkTransferApi {

    static final int MAX_ITEMS = 400;
    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.oauthOnly("GET", "/v2/sepa/bulk_transfers", Scopes.ORGANIZATION_READ, this::list),
                Endpoint.oauthOnly("GET", "/v2/sepa/bulk_transfers/{id}", Scopes.ORGANIZATION_READ, this::get),
                Endpoint.oauthOnlyIdempotent("POST", "/v2/sepa/bulk_transfers", Scopes.PAYMENT_WRITE, this::create));
    }

    /** Qonto orders the list by {@code updated_at}, latest first, and offers no filter. */
    private ApiResponse list(ApiCall call) {
        PageRequest page = PageRequest.read(call.query(), PageRequest.DEFAULT_PER_PAGE);
        List<ObjectNode> bulks = call.domain().data().transferTables().bulkTransfers().all().stream()
                .sorted(Comparator.comparing((ObjectNode b) -> b.get("updated_at").asText()).reversed())
                .toList();
        return Page.of("bulk_transfers", bulks, page);
    }

    private ApiResponse get(ApiCall call) {
        ObjectNode bulk = call.domain().bulkTransfers().byId(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("BulkTransfer not found"));
        return ApiResponse.json(200, Json.object().set("bulk_transfer", bulk));
    }

    /** Qonto's reference answers the bulk transfer itself, not wrapped. */
    private ApiResponse create(ApiCall call) {
        JsonNode body = call.jsonBody();
        Domain domain = call.domain();
        Violations violations = new Violations();
        Optional<ObjectNode> account = TransferFields.debitAccount(domain, body.path("bank_account_id"),
                "/bank_account_id", violations);
        JsonNode items = body.path("bulk_transfers");
        if (!items.isArray() || items.isEmpty() || items.size() > MAX_ITEMS) {
            violations.add("invalid", "bulk_transfers must hold between 1 and " + MAX_ITEMS + " transfers",
                    "/bulk_transfers");
            violations.throwIfAny();
        }
        LocalDate today = LocalDate.ofInstant(domain.now(), ZoneOffset.UTC);
        Set<String> clientIds = new HashSet<>();
        List<TransferFields.Payee> payees = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String pointer = "/bulk_transfers/" + i;
            String clientId = item.path("client_transfer_id").asText("");
            if (!clientId.matches(UUID)) {
                violations.add("invalid", "client_transfer_id must be a UUID", pointer + "/client_transfer_id");
            } else if (!clientIds.add(clientId.toLowerCase(Locale.ROOT))) {
                // Inferred: Qonto does not document how it treats a repeated client_transfer_id.
                violations.add("taken", "client_transfer_id is used by another transfer of this bulk",
                        pointer + "/client_transfer_id");
            }
            TransferFields.amount(item.path("amount"), pointer + "/amount", violations);
            TransferFields.reference(item, pointer + "/reference", violations);
            TransferFields.date(item.path("scheduled_date"), today, pointer + "/scheduled_date", violations);
            payees.add(TransferFields.payee(domain, item, pointer, violations));
        }
        violations.throwIfAny();
        Set<String> ibans = payees.stream().map(TransferFields.Payee::iban).collect(Collectors.toSet());
        if (!domain.payeeVerification().acceptsAll(body.path("vop_proof_token").asText(""), ibans)) {
            throw QontoErrors.unprocessable(ApiError.atPointer("invalid_vop_proof_token",
                    "vop_proof_token is missing, expired, or was not issued for exactly the IBANs of these transfers",
                    "/vop_proof_token"));
        }
        boolean allTrusted = payees.stream().allMatch(p -> p.existing().isPresent() && p.trusted());
        if (!allTrusted) {
            call.sca().authorize(call.request(), "transfer.bulk.create");
        }
        List<BulkItem> orders = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            orders.add(order(domain, items.get(i), payees.get(i), today));
        }
        return ApiResponse.json(200, domain.bulkTransfers().create(account.orElseThrow().get("id").asText(), orders));
    }

    /** Business rules Qonto applies to each item once the bulk is accepted. */
    private static BulkItem order(Domain domain, JsonNode item, TransferFields.Payee payee, LocalDate today) {
        Violations unused = new Violations();
        long cents = TransferFields.amount(item.path("amount"), "", unused);
        BulkItem.Failure failure = cents > TransferFields.ATTACHMENT_THRESHOLD_CENTS
                && item.path("attachment_ids").isEmpty()
                ? new BulkItem.Failure("attachment_required",
                        "transfers above 30000.00 EUR need at least one attachment", "attachment_ids")
                : null;
        return new BulkItem(item.get("client_transfer_id").asText(), failure == null ? payee.resolve(domain) : null,
                cents, item.get("reference").asText(), TransferFields.optionalText(item, "note"),
                TransferFields.date(item.path("scheduled_date"), today, "", unused), failure);
    }
}
