package io.camelqonto.component;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.camelqonto.component.consumer.DiffingConsumer;
import io.camelqonto.model.Card;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.NewCard;
import io.camelqonto.model.NewMembership;
import io.camelqonto.model.Team;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Collections Qonto cannot filter on a time (cards, teams, memberships) are consumed by comparing each poll's items
 * with what was delivered: every item once, then each new or changed one once, across polls, failures and restarts.
 */
class QontoDiffingConsumerTest extends QontoTestSupport {

    @Override
    protected boolean useJmx() {
        return false;
    }

    @Test
    void deliversEveryCardOnceThenOnlyTheNewAndTheChangedOnes() throws Exception {
        int seeded = emulator.store().cards().size();
        context.addRoutes(route("qonto:cards?perPage=5&initialDelay=0&delay=50", "mock:cards"));
        MockEndpoint cards = getMockEndpoint("mock:cards");
        cards.expectedMessageCount(seeded);
        cards.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/cards", 3);
        assertThat(cards.getReceivedExchanges()).hasSize(seeded)
                .allSatisfy(e -> assertThat(e.getMessage().getHeader(QontoConstants.CHANGE)).isEqualTo("new"));

        cards.reset();
        cards.expectedMessageCount(2);
        String locked = liveCard("standard");
        template.requestBodyAndHeader("qonto:card?operation=lock", null, QontoConstants.ID, locked);
        Card created = template.requestBody("qonto:card?operation=create&scaMode=mock", NewCard.of("virtual",
                (String) emulator.store().memberships().get(1).get("id"), mainAccountId()), Card.class);
        cards.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/cards", 3);

        assertThat(cards.getReceivedExchanges()).hasSize(2);
        Map<String, String> changes = new ConcurrentHashMap<>();
        cards.getReceivedExchanges().forEach(e -> changes.put(e.getMessage().getHeader(QontoConstants.ID,
                String.class), e.getMessage().getHeader(QontoConstants.CHANGE, String.class)));
        assertThat(changes).containsOnly(Map.entry(locked, "changed"), Map.entry(created.id(), "new"));
        assertThat(cards.getReceivedExchanges()).filteredOn(e -> locked.equals(e.getMessage().getHeader(
                QontoConstants.ID))).singleElement().satisfies(e -> assertThat(e.getMessage().getBody(Card.class)
                .status()).isEqualTo("paused"));
        DiffingConsumer consumer = (DiffingConsumer) context.getRoutes().get(0).getConsumer();
        assertThat(consumer.getStateKey()).isEqualTo("qonto:cards:diff");
        assertThat(consumer.getEndpoint().getStateRepository().getState(consumer.getStateKey()))
                .contains(locked, created.id());
    }

    @Test
    void aFailedItemIsDeliveredAgainAndNothingAfterItIsSkipped() throws Exception {
        List<Map<String, Object>> teams = emulator.store().teams();
        String failing = (String) teams.get(1).get("id");
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:teams?initialDelay=0&delay=50").to("mock:attempts").process(exchange -> {
                    String id = exchange.getMessage().getHeader(QontoConstants.ID, String.class);
                    if (id.equals(failing) && failedOnce.add(id)) {
                        throw new IllegalStateException("the ledger is down");
                    }
                }).to("mock:teams");
            }
        });
        MockEndpoint delivered = getMockEndpoint("mock:teams");
        delivered.expectedMessageCount(teams.size());
        delivered.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/teams", 3);

        List<String> attempts = idsOf(getMockEndpoint("mock:attempts").getReceivedExchanges());
        assertThat(attempts).containsExactly(id(teams, 0), failing, failing, id(teams, 2));
        assertThat(idsOf(delivered.getReceivedExchanges())).containsExactly(id(teams, 0), failing, id(teams, 2));
    }

    @Test
    void fromNowOnlyWhatChangesAfterTheFirstPollIsDelivered() throws Exception {
        context.addRoutes(route("qonto:memberships?startFrom=now&initialDelay=0&delay=50", "mock:members"));
        awaitMorePolls("/v2/memberships", 2);

        Exchange invited = template.request("qonto:membership?operation=invite", e -> e.getMessage().setBody(
                NewMembership.of("big.head@hooli.example", "Nelson", "Bighetti", "employee")));
        MockEndpoint members = getMockEndpoint("mock:members");
        members.expectedMessageCount(1);
        members.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/memberships", 3);

        assertThat(members.getReceivedExchanges()).singleElement().satisfies(e -> {
            assertThat(e.getMessage().getHeader(QontoConstants.ID)).isEqualTo(invited.getMessage()
                    .getHeader(QontoConstants.ID));
            assertThat(e.getMessage().getHeader(QontoConstants.CHANGE)).isEqualTo("new");
            assertThat(e.getMessage().getHeader(QontoConstants.RESOURCE)).isEqualTo("memberships");
        });
    }

    @Test
    void resumesAfterARestartWithAFileStateRepository(@TempDir Path dir) throws Exception {
        Path stateFile = dir.resolve("qonto-state.dat");
        int seeded = emulator.store().teams().size();

        List<String> firstRun = consumeTeams(stateFile, seeded);
        Team created = template.requestBodyAndHeader("qonto:team", null, "CamelQontoName", "Pied Piper Labs",
                Team.class);
        List<String> secondRun = consumeTeams(stateFile, 1);

        assertThat(firstRun).hasSize(seeded).doesNotHaveDuplicates();
        assertThat(secondRun).containsExactly(created.id());
    }

    @Test
    void optionsAboutTimeDoNotApplyToACollectionWithoutOne() {
        Throwable instant = catchThrowable(() -> context.addRoutes(route(
                "qonto:cards?startFrom=2025-01-01T00:00:00Z", "mock:never")));
        Throwable cursor = catchThrowable(() -> context.addRoutes(route("qonto:teams?cursorField=updated_at",
                "mock:never")));

        assertThat(rootCause(instant)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("startFrom: must be beginning or now");
        assertThat(rootCause(cursor)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cursorField: does not apply to teams");
        assertThat(emulator.journal().all()).isEmpty();
    }

    /** Runs a teams consumer in a context of its own until {@code count} teams arrived and a few polls more. */
    private List<String> consumeTeams(Path stateFile, int count) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.getRegistry().bind("state", FileStateRepository.fileStateRepository(stateFile.toFile()));
        configure(camel.getComponent("qonto", QontoComponent.class).getConfiguration());
        camel.addRoutes(route("qonto:teams?initialDelay=0&delay=50&stateRepository=#state", "mock:run"));
        camel.start();
        try {
            MockEndpoint run = camel.getEndpoint("mock:run", MockEndpoint.class);
            run.expectedMessageCount(count);
            run.assertIsSatisfied(15_000);
            awaitMorePolls("/v2/teams", 3);
            run.assertIsSatisfied();
            return idsOf(run.getReceivedExchanges());
        } finally {
            camel.stop();
        }
    }

    private static String liveCard(String level) {
        return (String) emulator.store().cards().stream()
                .filter(c -> level.equals(c.get("card_level")) && "live".equals(c.get("status")))
                .findFirst().orElseThrow().get("id");
    }

    private static String id(List<Map<String, Object>> items, int index) {
        return (String) items.get(index).get("id");
    }

    private static RouteBuilder route(String from, String to) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(to);
            }
        };
    }

    private static List<String> idsOf(List<Exchange> exchanges) {
        return exchanges.stream().map(e -> e.getMessage().getHeader(QontoConstants.ID, String.class)).toList();
    }
}
