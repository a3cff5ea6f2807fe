package io.camelqonto.examples.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.camelqonto.examples.flows.DemoEmulator;
import io.camelqonto.examples.flows.LedgerCsv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * routes/ledger.camel.yaml against the emulator: the completed transactions of the main account, once each, in one
 * file per month of settlement, also across a restart and after edits.
 */
class LedgerRouteTest {

    @TempDir
    Path workDir;

    private DemoEmulator demo;

    @BeforeEach
    void startEmulator() {
        demo = DemoEmulator.start();
    }

    @AfterEach
    void stopEmulator() {
        demo.close();
    }

    @Test
    void writesEachCompletedTransactionOfTheAccountOnceInItsMonthFile() throws Exception {
        Set<String> expected = completedTransactionIds();
        assertThat(expected).hasSizeGreaterThan(10);

        try (ExampleRun run = ExampleRun.start(demo, "ledger.camel.yaml", workDir)) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> ledgerRows().size() >= expected.size());
        }
        assertLedgerHoldsExactly(expected);

        // a restart resumes from the cursor in the state file: only the new transaction is added, not one that was
        // merely edited since it was written
        String edited = demo.emulator().store().transactions().stream()
                .filter(transaction -> expected.contains((String) transaction.get("transaction_id")))
                .map(transaction -> (String) transaction.get("id"))
                .findFirst().orElseThrow();
        demo.emulator().store().updateTransaction(edited, Map.of("note", "Receipt attached"));
        String added = demo.emulator().store().addTransaction(
                Map.of("bank_account_id", demo.mainAccountId(), "label", "Hotel \"Le Relais\", Lyon"));
        Set<String> afterRestart = completedTransactionIds();
        assertThat(afterRestart).hasSize(expected.size() + 1);
        try (ExampleRun run = ExampleRun.start(demo, "ledger.camel.yaml", workDir)) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> ledgerRows().size() > expected.size());
        }
        assertLedgerHoldsExactly(afterRestart);
        CSVRecord addedRow = ledgerRows().stream()
                .filter(row -> row.get("transaction_id").equals(transactionId(added)))
                .findFirst().orElseThrow();
        assertThat(addedRow.get("label")).isEqualTo("Hotel \"Le Relais\", Lyon");
    }

    private void assertLedgerHoldsExactly(Set<String> expected) throws IOException {
        List<CSVRecord> rows = ledgerRows();
        assertThat(rows).extracting(row -> row.get("transaction_id")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
        try (Stream<Path> files = Files.list(workDir.resolve("ledger"))) {
            for (Path file : files.toList()) {
                String month = file.getFileName().toString().replaceAll("ledger-(\\d{4}-\\d{2})\\.csv", "$1");
                List<String> lines = Files.readAllLines(file);
                assertThat(lines.get(0)).isEqualTo(String.join(",", LedgerCsv.COLUMNS));
                assertThat(lines).filteredOn(line -> line.startsWith("settled_at")).hasSize(1);
                assertThat(read(file)).allSatisfy(row -> assertThat(row.get("settled_at")).startsWith(month));
            }
        }
    }

    private Set<String> completedTransactionIds() {
        return demo.emulator().store().transactions().stream()
                .filter(transaction -> demo.mainAccountId().equals(transaction.get("bank_account_id")))
                .filter(transaction -> "completed".equals(transaction.get("status")))
                .map(transaction -> (String) transaction.get("transaction_id"))
                .collect(Collectors.toSet());
    }

    private String transactionId(String id) {
        return (String) demo.emulator().store().transaction(id).orElseThrow().get("transaction_id");
    }

    private List<CSVRecord> ledgerRows() throws IOException {
        Path ledger = workDir.resolve("ledger");
        if (!Files.isDirectory(ledger)) {
            return List.of();
        }
        List<CSVRecord> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(ledger)) {
            for (Path file : files.toList()) {
                rows.addAll(read(file));
            }
        }
        return rows;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file))) {
            return parser.getRecords();
        }
    }
}
