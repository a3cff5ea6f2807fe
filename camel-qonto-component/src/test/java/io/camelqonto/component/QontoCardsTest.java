package io.camelqonto.component;

import java.util.List;
import java.util.Map;

import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.Card;
import io.camelqonto.model.CardCreation;
import io.camelqonto.model.CardDataView;
import io.camelqonto.model.CardLimits;
import io.camelqonto.model.CardTypeAppearances;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.NewCard;
import io.camelqonto.model.NewFlashCardRequest;
import io.camelqonto.model.NewVirtualCardRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cards and card requests, as routes use them against the emulator. */
class QontoCardsTest extends QontoTestSupport {

    @Test
    void cardsAreListedWithEveryDocumentedFilter() {
        Map<String, Object> owner = emulator.store().memberships().get(0);

        List<?> all = template.requestBody("qonto:cards?perPage=5", null, List.class);
        List<?> liveVirtual = template.requestBody("qonto:cards?statuses=live&cardLevels=virtual"
                + "&sortBy=created_at:asc", null, List.class);
        List<?> owners = template.requestBody("qonto:cards?holderIds=" + owner.get("id") + "&bankAccountIds="
                + mainAccountId(), null, List.class);
        List<?> searched = template.requestBody("qonto:cards?search=" + owner.get("last_name"), null, List.class);
        List<?> byId = template.requestBody("qonto:cards?ids=" + ((Card) all.get(0)).id(), null, List.class);

        assertThat(all).hasSize(emulator.store().cards().size()).allSatisfy(c -> assertThat(c).isInstanceOf(Card.class));
        assertThat(apiCalls("GET", "/v2/cards")).as("pages of 5, the last without next_page").hasSizeGreaterThan(1);
        assertThat(liveVirtual).isNotEmpty().map(Card.class::cast).allSatisfy(card -> {
            assertThat(card.status()).isEqualTo("live");
            assertThat(card.cardLevel()).isEqualTo("virtual");
        });
        assertThat(owners).isNotEmpty().map(Card.class::cast)
                .allSatisfy(card -> assertThat(card.holderId()).isEqualTo(owner.get("id")));
        assertThat(searched).map(Card.class::cast).extracting(Card::holderId).containsOnly((String) owner.get("id"));
        assertThat(byId).singleElement().isEqualTo(all.get(0));
        assertThat(apiCalls("GET", "/v2/cards")).extracting(QontoTestSupport::decodedQuery)
                .anySatisfy(query -> assertThat(query).contains("statuses[]=live", "card_levels[]=virtual",
                        "sort_by=created_at:asc"))
                .anySatisfy(query -> assertThat(query).contains("query=" + owner.get("last_name")))
                .anySatisfy(query -> assertThat(query).contains("holder_ids[]=" + owner.get("id"),
                        "bank_account_ids[]=" + mainAccountId()));
    }

    @Test
    void aCardIsCreatedUnderScaWithOneIdempotencyKeyAcrossTheReplay() {
        String holder = (String) emulator.store().memberships().get(2).get("id");

        Exchange created = template.request("qonto:card?operation=create&scaMode=mock", e -> e.getMessage().setBody(
                Map.of("cardLevel", "virtual", "holderId", holder, "bankAccountId", mainAccountId(),
                        "paymentMonthlyLimit", 750, "activeDays", List.of(1, 2, 3, 4, 5))));

        assertThat(created.getException()).isNull();
        Card card = created.getMessage().getBody(Card.class);
        assertThat(card.holderId()).isEqualTo(holder);
        assertThat(card.paymentMonthlyLimit()).isEqualByComparingTo("750");
        assertThat(card.activeDays()).containsExactly(1, 2, 3, 4, 5);
        assertThat(created.getMessage().getHeader(QontoConstants.ID)).isEqualTo(card.id());
        assertThat(created.getMessage().getHeader(QontoConstants.STATUS)).isEqualTo("live");
        assertThat(emulator.store().card(card.id())).isPresent();
        List<String> keys = apiCalls("POST", "/v2/cards").stream()
                .map(call -> call.header("X-Qonto-Idempotency-Key").orElseThrow()).toList();
        assertThat(keys).as("the challenged call and its replay").hasSize(2);
        assertThat(keys.get(1)).isEqualTo(keys.get(0));
    }

    @Test
    void cardsAreCreatedInBulkFromAListBodyInTheirOrder() {
        String holder = (String) emulator.store().memberships().get(1).get("id");

        List<?> created = template.requestBody("qonto:cards?operation=bulkCreate&scaMode=mock", List.of(
                NewCard.of("virtual", holder, mainAccountId()),
                Map.of("card_level", "flash", "holderId", holder, "bankAccountId", mainAccountId(),
                        "paymentLifespanLimit", 300)), List.class);

        assertThat(created).hasSize(2).map(CardCreation.class::cast).extracting(c -> c.card().cardLevel())
                .containsExactly("virtual", "flash");
        assertThat(((CardCreation) created.get(1)).card().paymentLifespanLimit()).isEqualByComparingTo("300");
        assertThat(apiCalls("POST", "/v2/cards/bulk")).last().satisfies(call -> assertThat(call.body())
                .contains("{\"cards\":[{\"card\":{").contains("\"payment_lifespan_limit\":300"));
    }

    @Test
    void aCardQontoWouldRefuseIsRefusedBeforeAnythingIsSent() {
        Exchange refused = template.request("qonto:card?operation=create", e -> e.getMessage().setBody(
                Map.of("cardLevel", "virtual", "atmMonthlyLimit", -1, "activeDays", List.of(0, 8))));

        assertThat(refused.getException()).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused.getException()).fields()).contains("card.holder_id",
                "card.bank_account_id", "card.atm_monthly_limit", "card.active_days");
        assertThat(apiCalls()).isEmpty();
    }

    @Test
    void aCardIsLockedUnlockedRestrictedRenamedAndReportedStolen() {
        String id = seededCard("standard", "live");

        Card locked = template.requestBodyAndHeader("qonto:card?operation=lock", null, QontoConstants.ID, id,
                Card.class);
        Card unlocked = template.requestBodyAndHeader("qonto:card?operation=unlock", null, QontoConstants.ID, id,
                Card.class);
        Card restricted = template.requestBodyAndHeader("qonto:card?operation=updateRestrictions",
                Map.of("activeDays", List.of(6, 7), "categories", List.of("transport")), QontoConstants.ID, id,
                Card.class);
        Card options = template.requestBodyAndHeader("qonto:card?operation=updateOptions",
                "{\"foreign_option\": false}", QontoConstants.ID, id, Card.class);
        Exchange renamed = template.request("qonto:card?operation=updateNickname", e -> {
            e.getMessage().setHeader(QontoConstants.ID, id);
            e.getMessage().setHeader("CamelQontoNickname", "Warehouse");
        });
        Card stolen = template.requestBodyAndHeader("qonto:card?operation=reportStolen", null, QontoConstants.ID, id,
                Card.class);

        assertThat(locked.status()).isEqualTo("paused");
        assertThat(unlocked.status()).isEqualTo("live");
        assertThat(restricted.activeDays()).containsExactly(6, 7);
        assertThat(restricted.categories()).containsExactly("transport");
        assertThat(options.foreignOption()).isFalse();
        assertThat(renamed.getMessage().getBody(Card.class).nickname()).isEqualTo("Warehouse");
        assertThat(stolen.status()).isEqualTo("stolen");
        assertThat(emulator.store().card(id).orElseThrow()).containsEntry("status", "stolen")
                .containsEntry("nickname", "Warehouse");
        assertThat(apiCalls("PATCH", "/v2/cards/" + id + "/nickname")).singleElement()
                .satisfies(call -> assertThat(call.body()).isEqualTo("{\"card\":{\"nickname\":\"Warehouse\"}}"));
    }

    @Test
    void aVirtualCardIsDiscardedAndAPhysicalOneReportedLost() {
        String virtual = seededCard("virtual", "live");
        String physical = seededCard("metal", "live");

        Card discarded = template.requestBodyAndHeader("qonto:card?operation=discard", null, QontoConstants.ID,
                virtual, Card.class);
        Card lost = template.requestBodyAndHeader("qonto:card?operation=reportLost", null, QontoConstants.ID,
                physical, Card.class);

        assertThat(discarded.status()).isEqualTo("discarded");
        assertThat(lost.status()).isEqualTo("lost");
        assertThat(emulator.store().card(physical).orElseThrow()).containsEntry("status", "lost");
    }

    @Test
    void limitsChangeUnderScaAndTheIframeLinkAndAppearancesAreRead() {
        String id = seededCard("plus", "live");

        Card raised = template.requestBodyAndHeader("qonto:card?operation=updateLimits&scaMode=mock",
                new CardLimits(null, null, null, 9000, true, 400, null, null, null, null), QontoConstants.ID, id,
                Card.class);
        CardDataView view = template.requestBodyAndHeader("qonto:card?operation=getIframeUrl", null,
                QontoConstants.ID, id, CardDataView.class);
        List<?> appearances = template.requestBody("qonto:cardAppearances", null, List.class);

        assertThat(raised.paymentMonthlyLimit()).isEqualByComparingTo("9000");
        assertThat(raised.paymentDailyLimitOption()).isTrue();
        assertThat(raised.paymentDailyLimit()).isEqualByComparingTo("400");
        assertThat(emulator.sca().sessions()).singleElement()
                .satisfies(session -> assertThat(session.actionType()).isEqualTo("card.limits.update"));
        assertThat(view.iframeUrl()).startsWith(emulator.baseUrl()).contains("signature=");
        assertThat(view.toString()).doesNotContain(view.iframeUrl());
        assertThat(appearances).map(CardTypeAppearances.class::cast).extracting(CardTypeAppearances::cardType)
                .contains("debit", "prepaid");
    }

    @Test
    void flashAndVirtualCardsAreRequestedForReview() {
        Exchange flash = template.request("qonto:request?operation=createFlashCard", e -> e.getMessage().setBody(
                NewFlashCardRequest.of("Trade fair", "250.00", java.time.Instant.parse("2099-01-31T00:00:00Z"))));
        ApprovalRequest virtual = template.requestBody("qonto:request?operation=createVirtualCard",
                NewVirtualCardRequest.of("Cloud subscriptions", "80.00"), ApprovalRequest.class);
        Exchange invalid = template.request("qonto:request?operation=createVirtualCard",
                e -> e.getMessage().setBody(Map.of("paymentMonthlyLimit", "80.001")));

        ApprovalRequest requested = flash.getMessage().getBody(ApprovalRequest.class);
        assertThat(requested.requestType()).isEqualTo(ApprovalRequest.TYPE_FLASH_CARD);
        assertThat(requested.status()).isEqualTo("pending");
        assertThat(requested.paymentLifespanLimit()).isEqualTo("250.00");
        assertThat(flash.getMessage().getHeader(QontoConstants.REQUEST_TYPE)).isEqualTo("flash_card");
        assertThat(virtual.paymentMonthlyLimit()).isEqualTo("80.00");
        assertThat(emulator.store().request(virtual.id()).orElseThrow()).containsEntry("status", "pending");
        assertThat(invalid.getException()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("request_virtual_card.payment_monthly_limit");
        assertThat(apiCalls("POST", "/v2/requests/virtual_cards")).hasSize(1);
    }

    private static String seededCard(String level, String status) {
        return (String) emulator.store().cards().stream()
                .filter(c -> level.equals(c.get("card_level")) && status.equals(c.get("status")))
                .findFirst().orElseThrow().get("id");
    }
}
