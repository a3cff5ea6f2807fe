package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestsApiTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http reviewer = Http.oauth(emulator);

    @Test
    void filtersByStatusAndTypeNewestFirst() {
        JsonNode body = Http.apiKey(emulator).get("/v2/requests?status[]=pending&request_type[]=transfer").json();

        assertThat(body.get("requests")).hasSizeGreaterThanOrEqualTo(25).allSatisfy(request -> {
            assertThat(request.get("status").asText()).isEqualTo("pending");
            assertThat(request.get("request_type").asText()).isEqualTo("transfer");
            assertThat(request.get("amount").asText()).matches("\\d+\\.\\d{2}");
            assertThat(request.get("approver_id").isNull()).isTrue();
        });
        assertThat(body.get("requests")).extracting(r -> r.get("created_at").asText()).isSortedAccordingTo(
                (a, b) -> b.compareTo(a));
    }

    @Test
    void sortsStatusesInLifeCycleOrder() {
        JsonNode body = Http.apiKey(emulator).get("/v2/requests?sort_by=status:asc&per_page=100").json();

        List<String> statuses = body.get("requests").findValuesAsText("status");
        assertThat(statuses).isSortedAccordingTo((a, b) ->
                List.of("pending", "approved", "declined", "canceled").indexOf(a)
                        - List.of("pending", "approved", "declined", "canceled").indexOf(b));
        assertThat(statuses).contains("pending", "approved", "declined", "canceled");
    }

    @Test
    void filtersByProcessingDate() {
        JsonNode body = Http.apiKey(emulator).get("/v2/requests?processed_at_from=2026-01-01T00:00:00Z").json();

        assertThat(body.get("requests")).isNotEmpty().allSatisfy(request ->
                assertThat(request.get("processed_at").asText()).isGreaterThanOrEqualTo("2026-01-01T00:00:00.000Z"));
    }

    @Test
    void refusesUnknownStatuses() {
        Http.Reply reply = Http.apiKey(emulator).get("/v2/requests?status[]=waiting");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("not_in_list");
        assertThat(reply.json().at("/errors/0/detail").asText())
                .isEqualTo("status must be one of: pending, approved, declined, canceled");
        assertThat(reply.json().at("/errors/0/source/parameter").asText()).isEqualTo("status[]");
    }

    @Test
    void approvesATransferRequestIntoAPendingTransfer() {
        emulator.sca().autoDecision(ScaDecision.ALLOW, 0);
        String requestId = emulator.store().addRequest(Map.of("amount", "321.00"));
        int transfersBefore = emulator.store().sepaTransfers().size();
        String path = "/v2/requests/transfers/" + requestId + "/approve";
        String key = Fixtures.idempotencyKey();

        String token = reviewer.post(path, null, "X-Qonto-Idempotency-Key", key)
                .json().get("sca_session_token").asText();
        Http.Reply approved = reviewer.post(path, null, "X-Qonto-Idempotency-Key", key,
                "X-Qonto-Sca-Session-Token", token);

        assertThat(approved.status()).isEqualTo(200);
        JsonNode request = approved.json().get("request_transfer");
        assertThat(request.get("status").asText()).isEqualTo("approved");
        assertThat(request.get("approver_id").asText()).isNotBlank();
        assertThat(request.get("processed_at").asText()).isNotBlank();
        assertThat(emulator.store().sepaTransfers()).hasSize(transfersBefore + 1);
        assertThat(emulator.store().sepaTransfers().get(transfersBefore))
                .containsEntry("amount_cents", 32100L).containsEntry("status", "pending");
    }

    @Test
    void declinesWithANote() {
        String requestId = emulator.store().addRequest(Map.of("request_type", "virtual_card"));

        Http.Reply reply = reviewer.post("/v2/requests/virtual_cards/" + requestId + "/decline",
                "{\"declined_note\":\"Not this quarter\"}", "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode request = reply.json().get("request_virtual_card");
        assertThat(request.get("status").asText()).isEqualTo("declined");
        assertThat(request.get("declined_note").asText()).isEqualTo("Not this quarter");
        assertThat(request.get("payment_monthly_limit").asText()).isEqualTo("500.00");
    }

    @Test
    void findsRequestsOnlyUnderTheirOwnType() {
        String requestId = emulator.store().addRequest(Map.of("request_type", "flash_card"));

        Http.Reply wrongType = reviewer.post("/v2/requests/transfers/" + requestId + "/decline", "{}",
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());
        Http.Reply unknownType = reviewer.post("/v2/requests/cards/" + requestId + "/decline", "{}",
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(wrongType.status()).isEqualTo(404);
        assertThat(wrongType.json().at("/errors/code").asText()).isEqualTo("not_found");
        assertThat(unknownType.status()).isEqualTo(404);
    }

    @Test
    void reviewsPendingRequestsOnly() {
        String requestId = emulator.store().addRequest(Map.of("request_type", "multi_transfer", "status", "canceled"));

        Http.Reply reply = reviewer.post("/v2/requests/multi_transfers/" + requestId + "/decline", "{}",
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("request_not_pending");
    }

    @Test
    void refusesToDebitAnAccountTheOrganizationDoesNotHave() {
        String requestId = emulator.store().addRequest(Map.of());

        Http.Reply reply = reviewer.post("/v2/requests/transfers/" + requestId + "/approve",
                "{\"debit_iban\":\"FR7630004000011234567890173\"}", "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("invalid_iban");
        assertThat(reply.json().at("/errors/0/source/pointer").asText()).isEqualTo("/debit_iban");
    }

    @Test
    void needsTheReviewScope() {
        String token = emulator.oauth().issueTokens(Set.of("organization.read", "payment.write")).accessToken();
        String requestId = emulator.store().addRequest(Map.of());

        Http.Reply reply = Http.bearer(emulator, token).post("/v2/requests/transfers/" + requestId + "/decline", "{}",
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().at("/errors/0/detail").asText())
                .isEqualTo("missing required oauth scope: request_review.write");
    }
}
