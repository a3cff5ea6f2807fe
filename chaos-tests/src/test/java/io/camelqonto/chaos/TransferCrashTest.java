package io.camelqonto.chaos;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.OAuthTokens;
import io.camelqonto.emulator.QontoEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payment run killed half-way while a fifth of Qonto's answers to transfers are lost after the transfer was made,
 * then the same input run again: every line is paid exactly once.
 */
class TransferCrashTest {

    @TempDir
    Path dir;

    @Test
    void aPaymentRunKilledAndReplayedPaysEveryLineOnce() throws Exception {
        ChaosScale scale = ChaosScale.current();
        Random random = new Random(1_000);
        try (QontoEmulator qonto = QontoEmulator.builder().port(0).seed(7)
                .rateLimit(1_000_000, Duration.ofSeconds(10)).build().start()) {
            String account = (String) qonto.store().bankAccounts().stream()
                    .filter(a -> Boolean.TRUE.equals(a.get("main"))).findFirst().orElseThrow().get("id");
            String beneficiary = (String) qonto.store().beneficiaries().stream()
                    .filter(b -> Boolean.TRUE.equals(b.get("trusted")) && "validated".equals(b.get("status")))
                    .findFirst().orElseThrow().get("id");
            List<String> input = IntStream.rangeClosed(1, scale.transfers)
                    .mapToObj(i -> "INV-" + i + ";" + (1 + i % 97) + "." + String.format("%02d", i % 100)).toList();
            Files.write(dir.resolve("input.txt"), input, StandardCharsets.UTF_8);
            qonto.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa/transfers")
                    .dropResponseAfterCommit().rate(0.2).build());
            OAuthTokens consent = qonto.oauth().issueTokens(Set.of("organization.read", "payment.write",
                    "offline_access"));
            Map<String, String> settings = new HashMap<>(Map.of(
                    "chaos.dir", dir.toString(),
                    "chaos.account", account,
                    "chaos.beneficiary", beneficiary,
                    "camel.component.qonto.base-url", qonto.baseUrl(),
                    "camel.component.qonto.token-url", qonto.oauthTokenUrl(),
                    "camel.component.qonto.client-id", qonto.oauthClientId(),
                    "camel.component.qonto.client-secret", qonto.oauthClientSecret(),
                    "camel.component.qonto.refresh-token", consent.refreshToken(),
                    "camel.component.qonto.token-file", dir.resolve("tokens.properties").toString()));
            Path answers = dir.resolve("answers.txt");
            Path log = dir.resolve("child.log");
            int killAt = (int) (scale.transfers * random.doubles(1, 0.3, 0.7).findFirst().orElseThrow());

            settings.put("chaos.run", "1");
            try (ChildJvm child = ChildJvm.start(CreatesApp.class, settings, log)) {
                ChaosRun.awaitLines(child, answers, lines -> lines.size() >= killAt, Duration.ofMinutes(5), log);
                child.kill();
            }
            settings.put("chaos.run", "2");
            try (ChildJvm child = ChildJvm.start(CreatesApp.class, settings, log)) {
                ChaosRun.awaitLines(child, dir.resolve("done.txt"), lines -> lines.contains("2"),
                        Duration.ofMinutes(10), log);
            }

            List<Map<String, Object>> transfers = qonto.store().sepaTransfers().stream()
                    .filter(t -> String.valueOf(t.get("reference")).startsWith("chaos ")).toList();
            assertThat(transfers).as("transfers made").hasSize(scale.transfers);
            assertThat(transfers.stream().map(t -> t.get("reference")).distinct()).hasSize(scale.transfers);
            List<String[]> answered = ChaosRun.lines(answers).stream().map(l -> l.split(" ")).toList();
            Map<String, String> firstRun = answered.stream().filter(a -> a[0].equals("1"))
                    .collect(Collectors.toMap(a -> a[1], a -> a[2]));
            List<String[]> secondRun = answered.stream().filter(a -> a[0].equals("2")).toList();
            assertThat(secondRun).as("answers of the replay").hasSize(scale.transfers);
            secondRun.stream().filter(a -> firstRun.containsKey(a[1])).forEach(a -> assertThat(a[2])
                    .as("the transfer of " + a[1] + " in both runs").isEqualTo(firstRun.get(a[1])));
            long replayed = secondRun.stream().filter(a -> a[3].equals("true")).count();
            long dropped = qonto.journal().matching("POST", "/v2/sepa/transfers").stream()
                    .filter(r -> r.status() != 200).count();
            System.out.printf("Transfer chaos (%s): %d lines, killed after %d answers, %d POSTs of which %d answers"
                              + " dropped after commit; replay: %d answered from the writeRepository, %d by Qonto;"
                              + " %d transfers made%n", scale, scale.transfers, firstRun.size(),
                    qonto.journal().matching("POST", "/v2/sepa/transfers").size(), dropped, replayed,
                    secondRun.size() - replayed, transfers.size());
        }
    }
}
