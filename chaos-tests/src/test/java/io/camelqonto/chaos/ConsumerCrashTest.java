package io.camelqonto.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.QontoEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer JVM killed three times at random while it consumes transactions through 10% injected faults: no
 * transaction is lost; a transaction is delivered twice only when the JVM died after processing it and before its
 * cursor was saved, the documented window, and the recipe (an idempotent consumer on CamelQontoId with a persistent
 * repository) records every transaction exactly once.
 */
class ConsumerCrashTest {

    private static final int KILLS = 3;

    @TempDir
    Path dir;

    @Test
    void killedThreeTimesTheConsumerLosesNothingAndTheRecipeKeepsEachTransactionOnce() throws Exception {
        ChaosScale scale = ChaosScale.current();
        Random random = new Random(20_000);
        try (QontoEmulator qonto = QontoEmulator.builder().port(0).seed(7)
                .rateLimit(1_000_000, Duration.ofSeconds(10)).build().start()) {
            Instant first = Instant.now().minus(Duration.ofDays(90));
            for (int i = 0; i < scale.transactions; i++) {
                String at = first.plusSeconds(i * 60L).toString();
                qonto.store().addTransaction(Map.of("updated_at", at, "settled_at", at, "emitted_at", at));
            }
            String account = (String) qonto.store().bankAccounts().stream()
                    .filter(a -> Boolean.TRUE.equals(a.get("main"))).findFirst().orElseThrow().get("id");
            Set<String> expected = qonto.store().transactions().stream()
                    .filter(t -> account.equals(t.get("bank_account_id"))).map(t -> (String) t.get("id"))
                    .collect(Collectors.toSet());
            // about one read in ten fails: half answered 503, half cut off without an answer
            qonto.faults().inject(FaultRule.builder().method("GET").path("/v2/transactions").status(503).rate(0.05)
                    .build());
            qonto.faults().inject(FaultRule.builder().method("GET").path("/v2/transactions").dropConnection()
                    .rate(0.053).build());
            Map<String, String> settings = new HashMap<>(Map.of(
                    "chaos.dir", dir.toString(),
                    "chaos.account", account,
                    "camel.component.qonto.base-url", qonto.baseUrl(),
                    "camel.component.qonto.login", qonto.apiKeyLogin(),
                    "camel.component.qonto.secret-key", qonto.apiKeySecret()));
            Path deliveries = dir.resolve("deliveries.txt");
            Path ledger = dir.resolve("ledger.txt");
            Path log = dir.resolve("child.log");
            List<Double> killAt = random.doubles(KILLS, 0.1, 0.9).sorted().boxed().toList();

            List<String> runs = new java.util.ArrayList<>();
            for (int run = 1; run <= KILLS + 1; run++) {
                long started = System.nanoTime();
                settings.put("chaos.run", String.valueOf(run));
                try (ChildJvm child = ChildJvm.start(ConsumerApp.class, settings, log)) {
                    if (run <= KILLS) {
                        int at = (int) (killAt.get(run - 1) * expected.size());
                        ChaosRun.awaitLines(child, deliveries, lines -> lines.size() >= at, Duration.ofMinutes(5),
                                log);
                        child.kill();
                    } else {
                        ChaosRun.awaitLines(child, ledger, lines -> lines.size() >= expected.size(),
                                Duration.ofMinutes(10), log);
                    }
                }
                runs.add(Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
            }

            List<String> recorded = ChaosRun.lines(ledger);
            Set<String> lost = new HashSet<>(expected);
            recorded.forEach(lost::remove);
            assertThat(lost).as("transactions lost").isEmpty();
            assertThat(recorded).as("transactions the recipe recorded twice").doesNotHaveDuplicates()
                    .hasSameSizeAs(expected);
            List<String[]> delivered = ChaosRun.lines(deliveries).stream().map(l -> l.split(" ")).toList();
            Map<String, List<Integer>> runsById = new LinkedHashMap<>();
            delivered.forEach(d -> runsById.computeIfAbsent(d[1], id -> new java.util.ArrayList<>())
                    .add(Integer.parseInt(d[0])));
            Map<String, List<Integer>> twice = runsById.entrySet().stream().filter(e -> e.getValue().size() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            // the window: the last item a killed run delivered, processed but not yet behind the saved cursor
            assertThat(twice).as("transactions delivered more than once").hasSizeLessThanOrEqualTo(KILLS);
            for (Map.Entry<String, List<Integer>> repeat : twice.entrySet()) {
                int killedRun = repeat.getValue().get(0);
                List<String[]> ofThatRun = delivered.stream().filter(d -> d[0].equals(String.valueOf(killedRun)))
                        .toList();
                assertThat(repeat.getValue()).as("runs that delivered " + repeat.getKey())
                        .containsExactly(killedRun, killedRun + 1);
                assertThat(ofThatRun.get(ofThatRun.size() - 1)[1]).as("the last delivery of run " + killedRun)
                        .isEqualTo(repeat.getKey());
            }
            System.out.printf("Consumer chaos (%s): %d transactions, %d kills at %s, %d reads of which %d faulted,"
                              + " %d deliveries, %d delivered twice (each the last of a killed run), %d lost,"
                              + " %d recorded twice by the recipe; runs took %s%n", scale, expected.size(), KILLS, killAt,
                    qonto.journal().matching("GET", "/v2/transactions").size(),
                    qonto.journal().matching("GET", "/v2/transactions").stream()
                            .filter(r -> r.status() != 200).count(),
                    delivered.size(), twice.size(), lost.size(), recorded.size() - new HashSet<>(recorded).size(), runs);
        }
    }
}
