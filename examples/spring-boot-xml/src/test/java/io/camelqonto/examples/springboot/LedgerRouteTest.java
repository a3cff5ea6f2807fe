package io.camelqonto.examples.springboot;

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
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * camel/ledger.xml in demo mode: the completed transactions of the main account, once each, in one file per month
 * of settlement; a transaction completed later is appended by a later poll, and one edited later is not written again.
 */
@CamelSpringBootTest
@SpringBootTest(properties = {
    "camel.main.routes-include-pattern=classpath:camel/ledger.xml",
    "example.demo.sample-payments=false",
    "example.poll-delay=500"
})
@DirtiesContext
class LedgerRouteTest {

    @TempDir
    static Path workDir;

    @DynamicPropertySource
    static void workDir(DynamicPropertyRegistry registry) {
        registry.add("example.work-dir", workDir::toString);
    }

    @Autowired
    private DemoEmulator demo;

    @Test
    void writesEachCompletedTransactionOfTheAccountOnceInItsMonthFile() throws IOException {
        Set<String> expected = completedTransactionIds();
        assertThat(expected).hasSizeGreaterThan(10);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> ledgerRows().size() >= expected.size());
        assertLedgerHoldsExactly(expected);

        // a transaction edited since it was written stays written once; a new one is appended
        String edited = demo.emulator().store().transactions().stream()
                .filter(transaction -> expected.contains((String) transaction.get("transaction_id")))
                .map(transaction -> (String) transaction.get("id"))
                .findFirst().orElseThrow();
        demo.emulator().store().updateTransaction(edited, Map.of("note", "Receipt attached"));
        demo.emulator().store().addTransaction(Map.of("bank_account_id", demo.mainAccountId()));
        Set<String> withTheNewOne = completedTransactionIds();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> ledgerRows().size() > expected.size());
        assertLedgerHoldsExactly(withTheNewOne);
    }

    private void assertLedgerHoldsExactly(Set<String> expected) throws IOException {
        assertThat(ledgerRows()).extracting(row -> row.get("transaction_id")).doesNotHaveDuplicates()
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

    private static List<CSVRecord> ledgerRows() throws IOException {
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
