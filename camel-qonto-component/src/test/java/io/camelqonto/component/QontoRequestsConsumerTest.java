package io.camelqonto.component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.camelqonto.component.consumer.QontoConsumer;
import io.camelqonto.emulator.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The requests consumer: every matching request exactly once, across pages, polls and restarts. */
class QontoRequestsConsumerTest extends QontoTestSupport {

    private static final String PENDING_TRANSFERS
            = "qonto:requests?status=pending&requestType=transfer&perPage=5&initialDelay=0";

    @Override
    protected void configure(QontoConfiguration configuration) {
        pointAtEmulator(configuration);
        // reading needs no more than an API key
        useApiKey(configuration);
    }

    @Override
    protected boolean useJmx() {
        return false;
    }

    @Test
    void deliversEachMatchingRequestOnceAcrossPagesAndPolls() throws Exception {
        for (int i = 0; i < 8; i++) {
            emulator.store().addRequest(Map.of("request_type", "transfer"));
        }
        Set<String> expected = pendingTransferIds();
        assertThat(expected).hasSizeGreaterThan(10);

        context.addRoutes(route(PENDING_TRANSFERS + "&delay=50", "mock:requests"));
        MockEndpoint requests = getMockEndpoint("mock:requests");
        requests.expectedMessageCount(expected.size());
        requests.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/requests", 3);

        assertThat(idsOf(requests.getReceivedExchanges())).containsExactlyInAnyOrderElementsOf(expected)
                .doesNotHaveDuplicates();
        List<RecordedRequest> listings = apiCalls("GET", "/v2/requests");
        assertThat(listings).allSatisfy(call -> assertThat(decodedQuery(call))
                .contains("per_page=5", "sort_by=created_at:asc", "status[]=pending", "request_type[]=transfer"));
        // more than 10 items at 5 per page: page after page, each asked from the cursor the previous one left
        assertThat(listings.stream().filter(call -> decodedQuery(call).contains("created_at_from=")).count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void resumesAfterARestartWithAFileStateRepository(@TempDir Path dir) throws Exception {
        Path stateFile = dir.resolve("qonto-cursors.dat");
        Set<String> before = pendingTransferIds();

        // first run: one poll that delivers 4 requests, then the context stops
        List<String> firstRun = consumeWithFileState(stateFile,
                PENDING_TRANSFERS + "&maxMessagesPerPoll=4&delay=600000", 4, false);
        assertThat(firstRun).hasSize(4).doesNotHaveDuplicates();

        List<String> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            added.add(emulator.store().addRequest(Map.of("request_type", "transfer")));
        }

        // second run, new context, same file: the rest and the new ones, nothing of the first run
        int remaining = before.size() - 4 + added.size();
        List<String> secondRun = consumeWithFileState(stateFile, PENDING_TRANSFERS + "&delay=50", remaining, true);

        assertThat(secondRun).doesNotHaveDuplicates().doesNotContainAnyElementsOf(firstRun).containsAll(added);
        Set<String> all = new HashSet<>(firstRun);
        all.addAll(secondRun);
        assertThat(all).containsExactlyInAnyOrderElementsOf(pendingTransferIds());
    }

    /**
     * Runs the consumer in a context of its own until {@code count} requests arrived (and, if asked, a few more polls
     * brought nothing more), then stops the context.
     */
    private List<String> consumeWithFileState(Path stateFile, String uri, int count, boolean awaitMorePolls)
            throws Exception {
        CamelContext camel = new DefaultCamelContext();
        FileStateRepository state = FileStateRepository.fileStateRepository(stateFile.toFile());
        camel.getRegistry().bind("cursors", state);
        QontoConfiguration configuration = camel.getComponent("qonto", QontoComponent.class).getConfiguration();
        pointAtEmulator(configuration);
        useApiKey(configuration);
        camel.addRoutes(route(uri + "&stateRepository=#cursors", "mock:run"));
        camel.start();
        try {
            String stateKey = ((QontoConsumer) camel.getRoutes().get(0).getConsumer()).getStateKey();
            assertThat(stateKey).startsWith("qonto:requests:created_at:");
            MockEndpoint run = camel.getEndpoint("mock:run", MockEndpoint.class);
            run.expectedMessageCount(count);
            run.assertIsSatisfied(15_000);
            if (awaitMorePolls) {
                awaitMorePolls("/v2/requests", 3);
            }
            run.assertIsSatisfied();
            assertThat(state.getState(stateKey)).contains("\"instant\"");
            return idsOf(run.getReceivedExchanges());
        } finally {
            camel.stop();
        }
    }

    private static RouteBuilder route(String from, String to) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(to);
            }
        };
    }

    private static Set<String> pendingTransferIds() {
        return emulator.store().requests().stream()
                .filter(r -> "pending".equals(r.get("status")) && "transfer".equals(r.get("request_type")))
                .map(r -> (String) r.get("id"))
                .collect(Collectors.toSet());
    }

    private static List<String> idsOf(List<Exchange> exchanges) {
        return exchanges.stream().map(e -> e.getMessage().getHeader(QontoConstants.ID, String.class)).toList();
    }
}
