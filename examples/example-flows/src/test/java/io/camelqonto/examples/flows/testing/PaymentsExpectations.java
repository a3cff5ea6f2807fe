package io.camelqonto.examples.flows.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelqonto.examples.flows.DemoEmulator;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A payments file delivered to the inbox, once or more, also as Excel saves it, and what the payments flow must make of
 * it whichever DSL its route is written in: one SEPA transfer per valid row from the main account, however often the
 * file comes, and the rejected rows (a wrong IBAN check digit, a payee that Verification of Payee does not confirm) in
 * the errors file each time, with their number and the reason.
 */
public final class PaymentsExpectations {

    private static final String FILE_NAME = "january.csv";
    /** Where the route writes the rejected rows of that file. */
    private static final String ERRORS_FILE = "payments/errors/january.errors.csv";
    /** Row 3 has a wrong IBAN check digit; row 5 a payee the emulator's Verification of Payee does not match. */
    private static final String FILE = """
            beneficiary_name,iban,amount,reference
            Aviato Logistics,FR3330002005500000157841Z25,1250.00,Invoice AV-2026-014
            Monica Hall,FR1420041010050500013M02606,320.50,"Expenses January, Lyon trip"
            Erlich Bachman,FR7630006000011234567890199,45.00,Wrong check digit
            Studio Lumiere,FR1010278060760002040240123,89.90,Photo shoot 2026-01
            Unknown Supplier,FR7630006000011234567890189,210.00,Payee not verified
            """;
    private static final String WRONG_IBAN = "FR7630006000011234567890199";
    /** The valid rows of the file. */
    private static final Map<String, String> AMOUNT_BY_REFERENCE = Map.of(
            "Invoice AV-2026-014", "1250.00",
            "Expenses January, Lyon trip", "320.50",
            "Photo shoot 2026-01", "89.90");

    private final DemoEmulator demo;
    private final Path workDir;
    /** The seeded transfers come first in the store: the flow's are the ones after them. */
    private final int transfersBefore;
    private int deliveries;

    /** To be created before the first delivery. */
    public PaymentsExpectations(DemoEmulator demo, Path workDir) {
        this.demo = demo;
        this.workDir = workDir;
        this.transfersBefore = demo.emulator().store().sepaTransfers().size();
    }

    /**
     * The whole payments scenario, against a running payments route: the file, the same file again (its rows replay
     * their idempotency keys, so Qonto answers with the transfers already made), and the file as Excel saves it, with a
     * byte-order mark (same rows, same keys). After each drop, every valid row is paid exactly once and every invalid
     * one rejected once more.
     */
    public void deliverThreeTimesAndAssertNothingPaidTwice() {
        deliverFile();
        assertValidRowsPaidOnceInvalidRowsRejectedEachTime();
        deliverFile();
        assertValidRowsPaidOnceInvalidRowsRejectedEachTime();
        deliverFileWithByteOrderMark();
        assertValidRowsPaidOnceInvalidRowsRejectedEachTime();
    }

    /**
     * Drops the file into the inbox and waits until the route has processed it (moved it to {@code .done}). The file is
     * written next to the inbox and then moved in, as a well-behaved producer of files does.
     */
    private void deliverFile() {
        deliver(FILE.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Drops the same file as Excel saves it ("CSV UTF-8": the byte-order mark U+FEFF first, the bytes EF BB BF) and
     * waits until the route has processed it. Its rows are the same, so their idempotency keys must be too.
     */
    private void deliverFileWithByteOrderMark() {
        deliver(("\uFEFF" + FILE).getBytes(StandardCharsets.UTF_8));
    }

    private void deliver(byte[] content) {
        int delivery = ++deliveries;
        try {
            Path inbox = Files.createDirectories(workDir.resolve("payments/inbox"));
            Path staged = Files.write(workDir.resolve(FILE_NAME + ".tmp"), content);
            Files.move(staged, inbox.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot drop " + FILE_NAME + " into the inbox", e);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processedFiles() == delivery);
    }

    /**
     * After the deliveries so far: exactly one transfer per valid row, from the main account and of the row's amount
     * (a delivery again replays the rows' idempotency keys, so Qonto answers with the transfers already made), and each
     * rejected row in the errors file once per delivery, with its number and the reason, which shows no full IBAN.
     */
    private void assertValidRowsPaidOnceInvalidRowsRejectedEachTime() {
        List<Map<String, Object>> transfers = demo.emulator().store().sepaTransfers();
        List<Map<String, Object>> created = transfers.subList(transfersBefore, transfers.size());
        assertThat(created).extracting(transfer -> transfer.get("reference"))
                .containsExactlyInAnyOrderElementsOf(AMOUNT_BY_REFERENCE.keySet());
        assertThat(created).allSatisfy(transfer -> {
            assertThat(transfer.get("bank_account_id")).isEqualTo(demo.mainAccountId());
            assertThat(new BigDecimal(String.valueOf(transfer.get("amount"))))
                    .as("amount of %s", transfer.get("reference"))
                    .isEqualByComparingTo(AMOUNT_BY_REFERENCE.get(transfer.get("reference")));
        });

        List<CSVRecord> rejected = CsvFiles.read(workDir.resolve(ERRORS_FILE));
        assertThat(rejected).hasSize(2 * deliveries);
        assertThat(rejected).filteredOn(row -> row.get("row").equals("3")).hasSize(deliveries).allSatisfy(row -> {
            assertThat(row.get("reference")).isEqualTo("Wrong check digit");
            assertThat(row.get("error")).contains("iban").doesNotContain(WRONG_IBAN);
        });
        assertThat(rejected).filteredOn(row -> row.get("row").equals("5")).hasSize(deliveries).allSatisfy(row -> {
            assertThat(row.get("reference")).isEqualTo("Payee not verified");
            assertThat(row.get("error")).contains("MATCH_RESULT_NO_MATCH");
        });
    }

    private long processedFiles() throws IOException {
        Path done = workDir.resolve("payments/inbox/.done");
        if (!Files.isDirectory(done)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(done)) {
            return files.count();
        }
    }
}
