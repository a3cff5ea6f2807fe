package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminApiTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http admin = Http.anonymous(emulator);

    @Test
    void showsAndClearsTheJournalWithoutJournalingItself() {
        Http.apiKey(emulator).get("/v2/organization?include_external_accounts=true");

        JsonNode journal = admin.get("/_emulator/journal").json();

        assertThat(journal.get("requests")).singleElement().satisfies(request -> {
            assertThat(request.get("method").asText()).isEqualTo("GET");
            assertThat(request.get("path").asText()).isEqualTo("/v2/organization");
            assertThat(request.get("query").asText()).isEqualTo("include_external_accounts=true");
            assertThat(request.get("status").asInt()).isEqualTo(200);
        });
        assertThat(admin.delete("/_emulator/journal").status()).isEqualTo(204);
        assertThat(emulator.journal().count()).isZero();
    }

    @Test
    void injectsAndClearsFaults() {
        Http.Reply injected = admin.post("/_emulator/faults",
                "{\"method\":\"GET\",\"path\":\"/v2/organization\",\"status\":429,\"retry_after_seconds\":3,\"times\":2}");

        assertThat(injected.status()).isEqualTo(201);
        assertThat(injected.json().at("/fault/action").asText()).isEqualTo("status");
        Http.Reply faulted = Http.apiKey(emulator).get("/v2/organization");
        assertThat(faulted.status()).isEqualTo(429);
        assertThat(faulted.header("Retry-After")).isEqualTo("3");
        assertThat(admin.delete("/_emulator/faults").status()).isEqualTo(204);
        assertThat(Http.apiKey(emulator).get("/v2/organization").status()).isEqualTo(200);
    }

    @Test
    void refusesAnIncompleteFault() {
        Http.Reply reply = admin.post("/_emulator/faults", "{\"path\":\"/v2\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isNotBlank();
    }

    @Test
    void servesTheStoreCollections() {
        for (String collection : new String[] {"bank_accounts", "transactions", "requests", "sepa_transfers",
                "beneficiaries", "labels", "memberships", "statements"}) {
            assertThat(admin.get("/_emulator/store/" + collection).json().get(collection)).as(collection).isNotEmpty();
        }
        assertThat(admin.get("/_emulator/store/organization").json().at("/organization/name").asText())
                .isEqualTo("Pied Piper Demo");
        assertThat(admin.get("/_emulator/store/cards").status()).isEqualTo(404);
    }

    @Test
    void addsAndUpdatesTransactions() {
        Http.Reply added = admin.post("/_emulator/transactions", "{\"amount\":12.34,\"label\":\"Coffee\"}");
        String id = added.json().at("/transaction/id").asText();

        Http.Reply updated = admin.patch("/_emulator/transactions/" + id, "{\"note\":\"Team\"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().at("/transaction/amount_cents").asLong()).isEqualTo(1234);
        assertThat(updated.json().at("/transaction/note").asText()).isEqualTo("Team");
        assertThat(emulator.store().transaction(id).orElseThrow()).containsEntry("label", "Coffee");
        assertThat(admin.patch("/_emulator/transactions/unknown", "{}").status()).isEqualTo(404);
        assertThat(admin.post("/_emulator/transactions", "{\"colour\":\"blue\"}").status()).isEqualTo(400);
    }

    @Test
    void addsRequestsAndAdvancesTransfers() {
        Http.Reply request = admin.post("/_emulator/requests", "{\"request_type\":\"flash_card\"}");
        String pendingTransfer = (String) emulator.store().sepaTransfers().stream()
                .filter(t -> "pending".equals(t.get("status"))).findFirst().orElseThrow().get("id");

        Http.Reply advanced = admin.post("/_emulator/sepa_transfers/" + pendingTransfer + "/advance",
                "{\"status\":\"settled\"}");
        Http.Reply again = admin.post("/_emulator/sepa_transfers/" + pendingTransfer + "/advance",
                "{\"status\":\"processing\"}");

        assertThat(request.json().at("/request/request_type").asText()).isEqualTo("flash_card");
        assertThat(request.json().at("/request/status").asText()).isEqualTo("pending");
        assertThat(advanced.json().at("/transfer/status").asText()).isEqualTo("settled");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void issuesTokensAndDecidesScaSessions() {
        Http.Reply tokens = admin.post("/_emulator/oauth/tokens",
                "{\"scopes\":[\"organization.read\",\"payment.write\",\"offline_access\"]}");
        Http oauth = Http.bearer(emulator, tokens.json().get("access_token").asText());
        Map<String, Object> untrusted = Fixtures.beneficiary(emulator, false);
        String token = oauth.patch("/v2/sepa/beneficiaries/" + untrusted.get("id"),
                "{\"beneficiary\":{\"name\":\"New name\"}}").json().get("sca_session_token").asText();

        Http.Reply allowed = admin.post("/_emulator/sca/" + token + "/allow", null);

        assertThat(tokens.json().get("refresh_token").asText()).startsWith("ory_rt_");
        assertThat(allowed.json().get("result").asText()).isEqualTo("allow");
        assertThat(emulator.sca().sessions()).singleElement()
                .satisfies(session -> assertThat(session.result()).isEqualTo("allow"));
        assertThat(admin.post("/_emulator/sca/unknown/deny", null).status()).isEqualTo(404);
    }

    @Test
    void resetsEverything() {
        String id = emulator.store().addTransaction(Map.of());
        Http.apiKey(emulator).get("/v2/organization");

        assertThat(admin.post("/_emulator/reset", null).status()).isEqualTo(204);

        assertThat(emulator.store().transaction(id)).isEmpty();
        assertThat(emulator.journal().count()).isZero();
    }
}
