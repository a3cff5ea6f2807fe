package io.camelqonto.kamelets;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** qonto-transactions-source delivers the transactions of one account, each once, as JSON. */
class QontoTransactionsSourceTest extends KameletTestSupport {

    @TempDir
    Path cursors;

    @Override
    protected void kameletProperties(Properties properties) {
        // reading transactions is what an API key is for
        pointAtEmulator(properties, "qonto-transactions-source");
        useApiKey(properties, "qonto-transactions-source");
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("qontoCursors", cursorRepository());
    }

    private FileStateRepository cursorRepository() {
        return FileStateRepository.fileStateRepository(cursors.resolve("cursors.dat").toFile());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:qonto-transactions-source?bankAccountId=" + mainAccountId()
                     + "&status=completed&cursorField=settled_at&delay=100&stateRepository=#bean:qontoCursors")
                        .routeId("ledger").to("mock:transactions");
            }
        };
    }

    @Test
    void deliversEveryCompletedTransactionOfTheAccountOnceThenWhatIsNew() throws Exception {
        List<Map<String, Object>> expected = completedOfMainAccount();
        assertThat(expected).hasSizeGreaterThan(100);
        MockEndpoint transactions = getMockEndpoint("mock:transactions");
        transactions.expectedMessageCount(expected.size());

        transactions.assertIsSatisfied(20_000);
        awaitMorePolls("/v2/transactions", 3);

        assertThat(transactions.getReceivedExchanges()).hasSize(expected.size());
        assertThat(transactions.getReceivedExchanges()).extracting(e -> json(e).path("id").asText())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(t -> (String) t.get("id")).toList());
        // every delivered body is the stored transaction as JSON, with the headers of the consumer
        for (Exchange delivered : transactions.getReceivedExchanges()) {
            JsonNode body = json(delivered);
            Map<String, Object> stored = emulator().store().transaction(body.path("id").asText()).orElseThrow();
            assertThat(body.path("amount").decimalValue()).isEqualByComparingTo(stored.get("amount").toString());
            assertThat(body.path("side").asText()).isEqualTo(stored.get("side"));
            assertThat(Instant.parse(body.path("settled_at").asText()))
                    .isEqualTo(Instant.parse((String) stored.get("settled_at")));
            assertThat(delivered.getMessage().getHeader("CamelQontoId")).isEqualTo(stored.get("id"));
            assertThat(delivered.getMessage().getHeader("CamelQontoStatus")).isEqualTo("completed");
        }
        assertThat(apiCalls("GET", "/v2/transactions")).allSatisfy(call -> assertThat(decodedQuery(call))
                .contains("bank_account_id=" + mainAccountId()).contains("status[]=completed"));

        String added = emulator().store().addTransaction(Map.of("label", "Kamelet coffee"));
        transactions.reset();
        transactions.expectedMessageCount(1);
        transactions.assertIsSatisfied(10_000);
        assertThat(json(transactions.getReceivedExchanges().get(0)).path("label").asText()).isEqualTo("Kamelet coffee");
        assertThat(json(transactions.getReceivedExchanges().get(0)).path("id").asText()).isEqualTo(added);
    }

    @Test
    void anotherRunWithTheSameStateRepositoryResumesWhereTheFirstStopped() throws Exception {
        MockEndpoint transactions = getMockEndpoint("mock:transactions");
        transactions.expectedMessageCount(completedOfMainAccount().size());
        transactions.assertIsSatisfied(20_000);
        context.stop();
        String added = emulator().store().addTransaction(Map.of("label", "After the restart"));

        try (CamelContext restarted = new DefaultCamelContext()) {
            Properties properties = new Properties();
            kameletProperties(properties);
            restarted.getPropertiesComponent().setOverrideProperties(properties);
            restarted.getRegistry().bind("qontoCursors", cursorRepository());
            restarted.addRoutes(createRouteBuilder());
            restarted.start();
            MockEndpoint afterRestart = restarted.getEndpoint("mock:transactions", MockEndpoint.class);
            afterRestart.expectedMessageCount(1);

            afterRestart.assertIsSatisfied(10_000);
            awaitMorePolls("/v2/transactions", 3);
            assertThat(afterRestart.getReceivedExchanges()).extracting(e -> json(e).path("id").asText())
                    .containsExactly(added);
        }
    }

    private static List<Map<String, Object>> completedOfMainAccount() {
        return emulator().store().transactions().stream()
                .filter(t -> mainAccountId().equals(t.get("bank_account_id")) && "completed".equals(t.get("status")))
                .toList();
    }
}
