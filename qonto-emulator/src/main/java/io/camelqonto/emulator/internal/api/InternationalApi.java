package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.domain.InternationalRequirements;
import io.camelqonto.emulator.internal.domain.InternationalTransfers;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * International (SWIFT) transfers from euro accounts: eligibility, currencies, quotes, the details a beneficiary and a
 * transfer need, beneficiaries, and the transfer itself (idempotent, under SCA). The seeded organization is eligible.
 */
final class InternationalApi {

    private static final String WRITE = Scopes.INTERNATIONAL_TRANSFER_WRITE;

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.oauthOnly("GET", "/v2/international/eligibility", Scopes.ORGANIZATION_READ,
                        this::eligibility),
                Endpoint.oauthOnly("GET", "/v2/international/currencies", Scopes.ORGANIZATION_READ, this::currencies),
                Endpoint.oauthOnly("POST", "/v2/international/quotes", WRITE, this::quote),
                Endpoint.oauthOnly("POST", "/v2/international/beneficiaries/requirements", WRITE,
                        this::beneficiaryRequirements),
                Endpoint.oauthOnly("GET", "/v2/international/beneficiaries", Scopes.ORGANIZATION_READ,
                        this::beneficiaries),
                Endpoint.oauthOnly("POST", "/v2/international/beneficiaries", WRITE, call -> saveBeneficiary(call,
                        null)),
                Endpoint.oauthOnly("PUT", "/v2/international/beneficiaries/{id}", WRITE, call -> saveBeneficiary(call,
                        beneficiary(call, call.path("id")))),
                Endpoint.oauthOnly("DELETE", "/v2/international/beneficiaries/{id}", WRITE, this::deleteBeneficiary),
                Endpoint.oauthOnly("POST", "/v2/international/transfers/requirements", WRITE,
                        this::transferRequirements),
                Endpoint.oauthOnlyIdempotent("POST", "/v2/international/transfers", WRITE, this::transfer));
    }

    /** Inferred: Qonto shows only an ineligible example; an eligible organization gets no reason. */
    private ApiResponse eligibility(ApiCall call) {
        return ApiResponse.json(200, Json.object().put("eligible", "eligible").putNull("reason"));
    }

    private ApiResponse currencies(ApiCall call) {
        String source = required(call, "source");
        List<ObjectNode> currencies = InternationalTransfers.SOURCE_CURRENCY.equals(source)
                ? InternationalTransfers.currencies() : List.of();
        return ApiResponse.json(200, Json.object().set("currencies", Json.array(currencies)));
    }

    private ApiResponse quote(ApiCall call) {
        JsonNode body = call.jsonBody();
        Violations violations = new Violations();
        if (!InternationalTransfers.SOURCE_CURRENCY.equals(body.path("source_currency").asText())) {
            violations.add("not_in_list", "source_currency must be EUR", "/source_currency");
        }
        String target = body.path("target_currency").asText("");
        if (!InternationalTransfers.offers(target)) {
            violations.add("not_in_list", "target_currency is not offered", "/target_currency");
        }
        boolean bySource = body.hasNonNull("source_amount");
        if (bySource == body.hasNonNull("target_amount")) {
            violations.add("invalid", "exactly one of source_amount and target_amount must be given", "/source_amount");
            violations.throwIfAny();
        }
        String field = bySource ? "source_amount" : "target_amount";
        long cents = TransferFields.amount(body.get(field), "/" + field, violations);
        violations.throwIfAny();
        ObjectNode quote = call.domain().internationalTransfers().quote(target, bySource ? cents : null,
                bySource ? null : cents);
        return ApiResponse.json(200, Json.object().set("quote", quote));
    }

    private ApiResponse beneficiaryRequirements(ApiCall call) {
        JsonNode body = call.jsonBody();
        liveQuote(call, body);
        String currency = body.path("payload").path("currency").asText("");
        if (!InternationalTransfers.offers(currency)) {
            throw QontoErrors.unprocessable(ApiError.atPointer("not_in_list", "currency is not offered",
                    "/payload/currency"));
        }
        return ApiResponse.json(200, Json.object().set("requirements",
                InternationalRequirements.forBeneficiary(currency)));
    }

    private ApiResponse beneficiaries(ApiCall call) {
        String currency = required(call, "currency");
        PageRequest page = PageRequest.read(call.query(), PageRequest.DEFAULT_PER_PAGE);
        List<ObjectNode> beneficiaries = call.domain().data().transferTables().internationalBeneficiaries()
                .where(b -> currency.equals(b.get("currency").asText()));
        return Page.of("beneficiaries", beneficiaries, page);
    }

    /** Creates, or with {@code existing} replaces, a beneficiary from details meeting its requirement type. */
    private ApiResponse saveBeneficiary(ApiCall call, ObjectNode existing) {
        JsonNode body = call.jsonBody();
        ObjectNode quote = liveQuote(call, body);
        JsonNode payload = body.path("payload");
        Violations violations = new Violations();
        String currency = payload.path("currency").asText("");
        if (!currency.equals(quote.get("target_amount").get("currency").asText())) {
            violations.add("invalid", "currency must be the quote's target currency", "/payload/currency");
        }
        String type = payload.path("type").asText("");
        if (!InternationalRequirements.types(currency).contains(type)) {
            violations.add("not_in_list", "type must be one of: " + String.join(", ",
                    InternationalRequirements.types(currency)), "/payload/type");
        }
        JsonNode details = payload.path("details");
        if (!details.isObject()) {
            violations.add("blank", "details can't be blank", "/payload/details");
        }
        violations.throwIfAny();
        for (String key : InternationalRequirements.requiredBeneficiaryKeys(type)) {
            if (at(details, key).asText("").isBlank()) {
                violations.add("blank", key + " can't be blank", "/payload/details/" + key.replace('.', '/'));
            }
        }
        violations.throwIfAny();
        ObjectNode beneficiary = call.domain().internationalTransfers().saveBeneficiary(
                existing == null ? null : existing.get("id").asText(), currency, type, details);
        ObjectNode answer = Json.object();
        answer.set("beneficiary", beneficiary);
        answer.set("quote", quote);
        answer.put("target_account_id", InternationalTransfers.targetAccountId(beneficiary));
        return ApiResponse.json(200, answer);
    }

    /** Qonto answers 200 with no body. */
    private ApiResponse deleteBeneficiary(ApiCall call) {
        call.domain().internationalTransfers().deleteBeneficiary(beneficiary(call, call.path("id")));
        return ApiResponse.empty(200);
    }

    private ApiResponse transferRequirements(ApiCall call) {
        JsonNode body = call.jsonBody();
        liveQuote(call, body);
        targetAccount(call, body.path("target_account_id").asText(""));
        return ApiResponse.json(200, Json.object().set("requirements", InternationalRequirements.forTransfer()));
    }

    private ApiResponse transfer(ApiCall call) {
        JsonNode body = call.jsonBody();
        Domain domain = call.domain();
        ObjectNode quote = liveQuote(call, body);
        Violations violations = new Violations();
        Optional<ObjectNode> beneficiary = Optional.ofNullable(body.path("beneficiary_id").textValue())
                .flatMap(domain.internationalTransfers()::beneficiaryById);
        if (beneficiary.isEmpty()) {
            violations.add("not_found", "beneficiary_id does not match any international beneficiary",
                    "/beneficiary_id");
        } else if (!InternationalTransfers.targetAccountId(beneficiary.get())
                .equals(body.path("target_account_id").asText())) {
            violations.add("invalid", "target_account_id is not the beneficiary's account", "/target_account_id");
        }
        Optional<ObjectNode> account = TransferFields.debitAccount(domain, body.path("bank_account_id"),
                "/bank_account_id", violations);
        for (String side : new String[] {"source_amount", "target_amount"}) {
            if (!sameAmount(body.path(side), quote.get(side))) {
                violations.add("invalid", side + " must be the quote's " + side, "/" + side);
            }
        }
        JsonNode details = body.path("details");
        for (String key : InternationalRequirements.requiredTransferKeys()) {
            if (details.path(key).asText("").isBlank()) {
                violations.add("blank", key + " can't be blank", "/details/" + key);
            }
        }
        violations.throwIfAny();
        long cents = Money.cents(new BigDecimal(quote.get("source_amount").get("value").asText()));
        if (account.get().get("authorized_balance_cents").asLong() < cents) {
            throw QontoErrors.unprocessable(ApiError.atPointer("insufficient_funds",
                    "the account's authorized balance is lower than the quoted amount", "/bank_account_id"));
        }
        call.sca().authorize(call.request(), "transfer.international.create");
        ObjectNode transfer = domain.internationalTransfers().pay(quote, beneficiary.get(), account.get());
        return ApiResponse.json(200, Json.object().set("transfer", transfer));
    }

    /** The quote a call names; an expired one is a 412, as Qonto lists for these calls. */
    private static ObjectNode liveQuote(ApiCall call, JsonNode body) {
        InternationalTransfers international = call.domain().internationalTransfers();
        ObjectNode quote = Optional.ofNullable(body.path("quote_id").textValue()).flatMap(international::quoteById)
                .orElseThrow(() -> QontoErrors.notFound("Quote not found"));
        if (international.isExpired(quote)) {
            // Inferred: Qonto lists a 412 without its code.
            throw QontoErrors.of(412, "quote_expired", "The quote has expired; ask for a new one");
        }
        return quote;
    }

    private static ObjectNode targetAccount(ApiCall call, String targetAccountId) {
        return call.domain().data().transferTables().internationalBeneficiaries()
                .where(b -> InternationalTransfers.targetAccountId(b).equals(targetAccountId)).stream().findFirst()
                .orElseThrow(() -> QontoErrors.notFound("Target account not found"));
    }

    private static ObjectNode beneficiary(ApiCall call, String id) {
        return call.domain().internationalTransfers().beneficiaryById(id)
                .orElseThrow(() -> QontoErrors.notFound("International beneficiary not found"));
    }

    private static String required(ApiCall call, String parameter) {
        return call.query().first(parameter).filter(value -> !value.isBlank()).orElseThrow(() ->
                QontoErrors.unprocessable(ApiError.atParameter("blank", parameter + " is required", parameter)));
    }

    private static boolean sameAmount(JsonNode given, JsonNode quoted) {
        return given.path("currency").asText("").equals(quoted.get("currency").asText())
                && given.path("value").isTextual() && given.path("value").asText().matches("\\d+(\\.\\d{1,2})?")
                && new BigDecimal(given.path("value").asText()).compareTo(new BigDecimal(quoted.get("value").asText()))
                        == 0;
    }

    private static JsonNode at(JsonNode details, String dottedKey) {
        JsonNode node = details;
        for (String part : dottedKey.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }
}
