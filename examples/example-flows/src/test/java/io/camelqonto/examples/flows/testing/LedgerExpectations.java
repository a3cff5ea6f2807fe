package io.camelqonto.examples.flows.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.camelqonto.emulator.EmulatorStore;
import io.camelqonto.examples.flows.DemoEmulator;
import io.camelqonto.examples.flows.LedgerCsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the ledger flow must write, whichever DSL its route is written in: each completed transaction of the main
 * account once, in the file of its month of settlement, also after transactions were edited or added in Qonto.
 */
public final class LedgerExpectations {

    private static final Pattern MONTH_FILE = Pattern.compile("ledger-(\\d{4}-\\d{2})\\.csv");
    /** Quotes and a comma: written as is only if the route quotes the cell. */
    private static final String LABEL_TO_QUOTE = "Hotel \"Le Relais\", Lyon";

    private final DemoEmulator demo;
    private final EmulatorStore store;
    private final LedgerFiles ledger;

    public LedgerExpectations(DemoEmulator demo, Path workDir) {
        this.demo = demo;
        this.store = demo.emulator().store();
        this.ledger = new LedgerFiles(workDir);
    }

    /** The transactions the ledger must hold now: the completed ones of the main account, by transaction_id. */
    public Set<String> completedTransactionIds() {
        return store.transactions().stream()
                .filter(transaction -> demo.mainAccountId().equals(transaction.get("bank_account_id")))
                .filter(transaction -> "completed".equals(transaction.get("status")))
                .map(transaction -> (String) transaction.get("transaction_id"))
                .collect(Collectors.toSet());
    }

    /** Waits until the ledger holds this many rows; a file read while a line is being appended may not parse. */
    public void awaitRows(int count) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> ledger.rows().size() >= count);
    }

    /**
     * The ledger holds these transactions, each once, and no other; each month file starts with the header, has it
     * once, and holds only transactions settled in its month.
     */
    public void assertHoldsExactly(Set<String> transactionIds) {
        assertThat(ledger.rows()).extracting(row -> row.get("transaction_id")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(transactionIds);
        for (Path file : ledger.files()) {
            Matcher name = MONTH_FILE.matcher(file.getFileName().toString());
            assertThat(name.matches()).as("%s is named after a month", file.getFileName()).isTrue();
            List<String> lines = readLines(file);
            assertThat(lines.get(0)).isEqualTo(String.join(",", LedgerCsv.COLUMNS));
            assertThat(lines).filteredOn(line -> line.startsWith("settled_at")).hasSize(1);
            assertThat(CsvFiles.read(file))
                    .allSatisfy(row -> assertThat(row.get("settled_at")).startsWith(name.group(1)));
        }
    }

    /**
     * Adds a note to one of these transactions, as a user does in the app once it is in the ledger: that moves its
     * updated_at, not its settled_at, so the route must not write it again.
     */
    public void editOneOf(Set<String> writtenTransactionIds) {
        String edited = store.transactions().stream()
                .filter(transaction -> writtenTransactionIds.contains((String) transaction.get("transaction_id")))
                .map(transaction -> (String) transaction.get("id"))
                .findFirst().orElseThrow();
        store.updateTransaction(edited, Map.of("note", "Receipt attached"));
    }

    /** Adds a completed transaction to the main account, with a label CSV must quote; returns its transaction_id. */
    public String addTransactionWithALabelToQuote() {
        String id = store.addTransaction(Map.of("bank_account_id", demo.mainAccountId(), "label", LABEL_TO_QUOTE));
        return (String) store.transaction(id).orElseThrow().get("transaction_id");
    }

    /** The ledger row of that transaction reads back with its label as it was, quotes and comma included. */
    public void assertLabelReadsBack(String transactionId) {
        assertThat(ledger.rows()).filteredOn(row -> row.get("transaction_id").equals(transactionId))
                .singleElement().satisfies(row -> assertThat(row.get("label")).isEqualTo(LABEL_TO_QUOTE));
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
