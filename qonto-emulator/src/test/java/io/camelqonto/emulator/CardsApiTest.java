package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CardsApiTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http oauth = Http.oauth(emulator);

    @Test
    void listsCardsWithEveryDocumentedFilterAndNoNextPageOnTheLast() {
        List<Map<String, Object>> stored = emulator.store().cards();
        Map<String, Object> owner = emulator.store().memberships().get(0);

        JsonNode all = oauth.get("/v2/cards").json();
        JsonNode live = oauth.get("/v2/cards?statuses[]=live&card_levels[]=virtual&sort_by=created_at:asc").json();
        JsonNode owners = oauth.get("/v2/cards?holder_ids[]=" + owner.get("id")).json();
        JsonNode searched = oauth.get("/v2/cards?query=" + ((String) owner.get("last_name")).toUpperCase()).json();
        JsonNode paged = oauth.get("/v2/cards?per_page=5&page=1").json();
        JsonNode last = oauth.get("/v2/cards?per_page=5&page=" + paged.at("/meta/total_pages").asInt()).json();

        assertThat(all.get("cards")).hasSize(stored.size());
        assertThat(all.get("cards")).allSatisfy(card -> assertThat(card.has("parent_card_summary")).isTrue());
        assertThat(values(all.get("cards"), "status")).contains("live", "paused", "lost", "stolen", "discarded",
                "pending");
        assertThat(live.get("cards")).isNotEmpty().allSatisfy(card -> {
            assertThat(card.get("status").asText()).isEqualTo("live");
            assertThat(card.get("card_level").asText()).isEqualTo("virtual");
        });
        assertThat(values(live.get("cards"), "created_at")).isSorted();
        assertThat(owners.get("cards")).hasSize(2).allSatisfy(card -> assertThat(card.get("holder_id").asText())
                .isEqualTo(owner.get("id")));
        assertThat(values(searched.get("cards"), "holder_id")).containsOnly((String) owner.get("id"));
        assertThat(paged.at("/meta/next_page").asInt()).isEqualTo(2);
        assertThat(last.get("meta").has("next_page")).as("Qonto leaves next_page out on the last page of cards")
                .isFalse();
        assertThat(oauth.get("/v2/cards?statuses[]=shredded").status()).isEqualTo(422);
        assertThat(Http.apiKey(emulator).get("/v2/cards").status()).isEqualTo(401);
    }

    @Test
    void createsACardUnderScaOnceAndReplaysItForTheSameKey() {
        String holder = (String) emulator.store().memberships().get(2).get("id");
        String body = "{\"card\":{\"holder_id\":\"" + holder + "\",\"bank_account_id\":\"" + Fixtures.mainAccountId(
                emulator) + "\",\"card_level\":\"virtual\",\"payment_monthly_limit\":800,\"categories\":[\"transport\"]}}";
        String key = Fixtures.idempotencyKey();

        Http.Reply challenge = oauth.post("/v2/cards", body, "X-Qonto-Idempotency-Key", key);
        String token = challenge.json().get("sca_session_token").asText();
        emulator.sca().allow(token);
        Http.Reply created = oauth.post("/v2/cards", body, "X-Qonto-Idempotency-Key", key,
                "X-Qonto-Sca-Session-Token", token);
        Http.Reply replayed = oauth.post("/v2/cards", body, "X-Qonto-Idempotency-Key", key);

        assertThat(challenge.status()).isEqualTo(428);
        assertThat(challenge.json().get("action_type").asText()).isEqualTo("card.create");
        assertThat(created.status()).isEqualTo(200);
        JsonNode card = created.json().get("card");
        assertThat(card.get("status").asText()).isEqualTo("live");
        assertThat(card.get("holder_id").asText()).isEqualTo(holder);
        assertThat(card.get("payment_monthly_limit").asInt()).isEqualTo(800);
        assertThat(card.get("categories")).extracting(JsonNode::asText).containsExactly("transport");
        assertThat(replayed.json()).isEqualTo(created.json());
        assertThat(emulator.store().cards()).filteredOn(c -> holder.equals(c.get("holder_id"))
                && "virtual".equals(c.get("card_level")) && Integer.valueOf(800).equals(
                        ((Number) c.get("payment_monthly_limit")).intValue())).hasSize(1);
    }

    @Test
    void refusesACardQontoWouldRefuseNamingEachField() {
        String revoked = (String) emulator.store().memberships().stream()
                .filter(m -> "revoked".equals(m.get("status"))).findFirst().orElseThrow().get("id");
        String body = "{\"card\":{\"holder_id\":\"" + revoked + "\",\"bank_account_id\":\"nope\",\"card_level\":"
                + "\"titanium\",\"atm_monthly_limit\":-5,\"active_days\":[0,1],\"categories\":[\"casino\"]}}";

        Http.Reply reply = oauth.post("/v2/cards", body, "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors")).extracting(e -> e.at("/source/pointer").asText())
                .containsExactlyInAnyOrder("/card/holder_id", "/card/bank_account_id", "/card/card_level",
                        "/card/atm_monthly_limit", "/card/active_days", "/card/categories");
        assertThat(emulator.sca().sessions()).isEmpty();
    }

    @Test
    void createsCardsInBulkAllOrNothing() {
        emulator.sca().required(false);
        String holder = (String) emulator.store().memberships().get(1).get("id");
        String account = Fixtures.mainAccountId(emulator);
        String valid = "{\"card\":{\"holder_id\":\"" + holder + "\",\"bank_account_id\":\"" + account
                + "\",\"card_level\":\"virtual\"}}";
        String flash = "{\"card\":{\"holder_id\":\"" + holder + "\",\"bank_account_id\":\"" + account
                + "\",\"card_level\":\"flash\",\"payment_lifespan_limit\":300}}";
        int before = emulator.store().cards().size();

        Http.Reply refused = oauth.post("/v2/cards/bulk", "{\"cards\":[" + valid + ",{\"card\":{\"card_level\":"
                + "\"virtual\"}}]}");
        Http.Reply created = oauth.post("/v2/cards/bulk", "{\"cards\":[" + valid + "," + flash + "]}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors")).extracting(e -> e.at("/source/pointer").asText())
                .contains("/cards/1/card/holder_id", "/cards/1/card/bank_account_id");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("cards")).extracting(entry -> entry.at("/card/card_level").asText())
                .containsExactly("virtual", "flash");
        assertThat(created.json().at("/cards/1/card/payment_lifespan_limit").asInt()).isEqualTo(300);
        assertThat(emulator.store().cards()).hasSize(before + 2);
    }

    @Test
    void locksUnlocksAndBlocksCardsAsTheirKindAllows() {
        String physical = card("standard", "live");
        String virtual = card("virtual", "live");

        JsonNode locked = oauth.put("/v2/cards/" + physical + "/lock", null).json().get("card");
        JsonNode unlocked = oauth.put("/v2/cards/" + physical + "/unlock", null).json().get("card");
        Http.Reply discardPhysical = oauth.put("/v2/cards/" + physical + "/discard", null);
        Http.Reply lostVirtual = oauth.put("/v2/cards/" + virtual + "/lost", null);
        JsonNode stolen = oauth.put("/v2/cards/" + physical + "/stolen", null).json().get("card");
        Http.Reply lockStolen = oauth.put("/v2/cards/" + physical + "/lock", null);
        JsonNode discarded = oauth.put("/v2/cards/" + virtual + "/discard", null).json().get("card");

        assertThat(locked.get("status").asText()).isEqualTo("paused");
        assertThat(unlocked.get("status").asText()).isEqualTo("live");
        assertThat(discardPhysical.status()).isEqualTo(422);
        assertThat(discardPhysical.json().at("/errors/0/code").asText()).isEqualTo("card_not_virtual");
        assertThat(lostVirtual.json().at("/errors/0/code").asText()).isEqualTo("card_not_physical");
        assertThat(stolen.get("status").asText()).isEqualTo("stolen");
        assertThat(lockStolen.json().at("/errors/0/code").asText()).isEqualTo("card_inactive");
        assertThat(discarded.get("status").asText()).isEqualTo("discarded");
        assertThat(discarded.get("discard_on").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(emulator.store().card(physical).orElseThrow().get("status")).isEqualTo("stolen");
        assertThat(oauth.put("/v2/cards/unknown/lock", null).status()).isEqualTo(404);
    }

    @Test
    void changesLimitsUnderScaAndRestrictionsOptionsAndNicknameAtOnce() {
        String id = card("plus", "live");
        String limits = "{\"card\":{\"payment_monthly_limit\":12000,\"atm_daily_limit_option\":true}}";

        Http.Reply challenge = oauth.patch("/v2/cards/" + id + "/limits", limits);
        emulator.sca().allow(challenge.json().get("sca_session_token").asText());
        JsonNode raised = oauth.patch("/v2/cards/" + id + "/limits", limits, "X-Qonto-Sca-Session-Token",
                challenge.json().get("sca_session_token").asText()).json().get("card");
        JsonNode restricted = oauth.patch("/v2/cards/" + id + "/restrictions",
                "{\"card\":{\"active_days\":[1,2,3],\"categories\":[]}}").json().get("card");
        Http.Reply badDays = oauth.patch("/v2/cards/" + id + "/restrictions", "{\"card\":{\"active_days\":[8]}}");
        JsonNode options = oauth.patch("/v2/cards/" + id + "/options", "{\"card\":{\"foreign_option\":false}}")
                .json().get("card");
        JsonNode renamed = oauth.patch("/v2/cards/" + id + "/nickname", "{\"card\":{\"nickname\":\"Travel\"}}")
                .json().get("card");

        assertThat(challenge.status()).isEqualTo(428);
        assertThat(raised.get("payment_monthly_limit").asInt()).isEqualTo(12000);
        assertThat(raised.get("atm_daily_limit_option").asBoolean()).isTrue();
        assertThat(restricted.get("active_days")).extracting(JsonNode::asInt).containsExactly(1, 2, 3);
        assertThat(restricted.get("categories")).isEmpty();
        assertThat(badDays.status()).isEqualTo(422);
        assertThat(options.get("foreign_option").asBoolean()).isFalse();
        assertThat(renamed.get("nickname").asText()).isEqualTo("Travel");
        assertThat(emulator.store().card(id).orElseThrow()).containsEntry("nickname", "Travel")
                .containsEntry("foreign_option", false);
    }

    @Test
    void theIframeLinkShowsTheCardWithoutCredentialsAndAppearancesListEveryLevel() throws Exception {
        String id = card("metal", "live");
        Map<String, Object> stored = emulator.store().card(id).orElseThrow();

        String link = oauth.get("/v2/cards/" + id + "/data_view").json().get("iframe_url").asText();
        URI uri = URI.create(link);
        Http.Reply page = Http.anonymous(emulator).get(uri.getRawPath() + "?" + uri.getRawQuery());
        Http.Reply forged = Http.anonymous(emulator).get(uri.getRawPath() + "?expires=1&signature=00");
        JsonNode appearances = oauth.get("/v2/cards/appearances").json().get("card_type_appearances");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains((String) stored.get("mask_pan"));
        assertThat(forged.status()).isEqualTo(403);
        List<String> levels = new ArrayList<>();
        appearances.forEach(type -> type.get("card_level_appearances").forEach(level -> levels.add(
                level.get("card_level").asText())));
        assertThat(levels).contains("standard", "plus", "metal", "virtual", "flash");
        assertThat(appearances.at("/0/card_level_appearances/0/appearances/0/assets/front_large").asText())
                .startsWith("https://");
    }

    /** The id of a seeded card of this level and status. */
    private String card(String level, String status) {
        return (String) emulator.store().cards().stream()
                .filter(c -> level.equals(c.get("card_level")) && status.equals(c.get("status")))
                .findFirst().orElseThrow().get("id");
    }

    private static List<String> values(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
