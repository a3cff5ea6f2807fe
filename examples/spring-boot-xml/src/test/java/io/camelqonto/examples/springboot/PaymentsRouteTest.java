package io.camelqonto.examples.springboot;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelqonto.examples.flows.DemoEmulator;
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
 * camel/payments.xml in demo mode: one SEPA transfer per valid row, invalid rows in the errors file with their
 * reason, and no second transfer when the same file comes again.
 */
@CamelSpringBootTest
@SpringBootTest(properties = {
    "camel.main.routes-include-pattern=classpath:camel/payments.xml",
    "example.demo.sample-payments=false"
})
@DirtiesContext
class PaymentsRouteTest {

    private static final String FILE = """
            beneficiary_name,iban,amount,reference
            Aviato Logistics,FR3330002005500000157841Z25,1250.00,Invoice AV-2026-014
            Monica Hall,FR1420041010050500013M02606,320.50,"Expenses January, Lyon trip"
            Erlich Bachman,FR7630006000011234567890199,45.00,Wrong check digit
            Studio Lumiere,FR1010278060760002040240123,89.90,Photo shoot 2026-01
            """;

    @TempDir
    static Path workDir;

    @DynamicPropertySource
    static void workDir(DynamicPropertyRegistry registry) {
        registry.add("example.work-dir", workDir::toString);
    }

    @Autowired
    private DemoEmulator demo;

    @Test
    void createsOneTransferPerValidRowRejectsTheInvalidOneAndNeverPaysTwice() throws IOException {
        int seeded = demo.emulator().store().sepaTransfers().size();
        drop("january.csv");
        await().atMost(Duration.ofSeconds(30)).until(() -> processedFiles() == 1);

        List<Map<String, Object>> created = demo.emulator().store().sepaTransfers().subList(
                seeded, demo.emulator().store().sepaTransfers().size());
        assertThat(created).extracting(transfer -> transfer.get("reference")).containsExactlyInAnyOrder(
                "Invoice AV-2026-014", "Expenses January, Lyon trip", "Photo shoot 2026-01");
        assertThat(created).allSatisfy(transfer ->
                assertThat(transfer.get("bank_account_id")).isEqualTo(demo.mainAccountId()));
        assertThat(created).filteredOn(transfer -> "Photo shoot 2026-01".equals(transfer.get("reference")))
                .singleElement().satisfies(transfer ->
                        assertThat(new BigDecimal(String.valueOf(transfer.get("amount")))).isEqualByComparingTo("89.90"));

        assertThat(rejections("january.errors.csv")).singleElement().satisfies(row -> {
            assertThat(row.get("row")).isEqualTo("3");
            assertThat(row.get("reference")).isEqualTo("Wrong check digit");
            assertThat(row.get("error")).contains("iban");
        });

        // the same file again: the same idempotency keys, so Qonto answers with the transfers already made
        drop("january.csv");
        await().atMost(Duration.ofSeconds(30)).until(() -> processedFiles() == 2);
        assertThat(demo.emulator().store().sepaTransfers()).hasSize(seeded + created.size());
        assertThat(rejections("january.errors.csv")).hasSize(2);
    }

    /** Written next to the inbox, then moved in, as a well-behaved producer of files does. */
    private static void drop(String name) throws IOException {
        Path inbox = Files.createDirectories(workDir.resolve("payments/inbox"));
        Path staged = Files.writeString(workDir.resolve(name + ".tmp"), FILE);
        Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static long processedFiles() throws IOException {
        Path done = workDir.resolve("payments/inbox/.done");
        if (!Files.isDirectory(done)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(done)) {
            return files.count();
        }
    }

    private static List<CSVRecord> rejections(String name) throws IOException {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(workDir.resolve("payments/errors").resolve(name)))) {
            return parser.getRecords();
        }
    }
}
