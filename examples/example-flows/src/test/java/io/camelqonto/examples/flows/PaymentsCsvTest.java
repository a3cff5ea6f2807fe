package io.camelqonto.examples.flows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentsCsvTest {

    private static final String FILE = """
            beneficiary_name,iban,amount,reference,bank_account_id
            Aviato Logistics,FR3330002005500000157841Z25,1250.00,"Invoice 14, January",

            Monica Hall,,320.50,Expenses,acc-2
            """;

    @TempDir
    Path errors;

    private final PaymentsCsv payments = new PaymentsCsv();

    @BeforeEach
    void configure() {
        payments.setDefaultBankAccountId("acc-main");
        payments.setErrorDirectory(errors.toString());
    }

    @Test
    void turnsEachRowIntoATransferInQontosShape() throws IOException {
        List<CSVRecord> rows = rows();

        assertThat(rows).extracting(CSVRecord::getRecordNumber).containsExactly(1L, 2L);
        assertThat(payments.transfer(rows.get(0))).isEqualTo(Map.of(
                "bank_account_id", "acc-main",
                "beneficiary", Map.of("name", "Aviato Logistics", "iban", "FR3330002005500000157841Z25"),
                "reference", "Invoice 14, January",
                "amount", "1250.00"));
        // an empty cell is left out, so that the producer's validation names the missing field
        assertThat(payments.transfer(rows.get(1))).isEqualTo(Map.of(
                "bank_account_id", "acc-2",
                "beneficiary", Map.of("name", "Monica Hall"),
                "reference", "Expenses",
                "amount", "320.50"));
    }

    @Test
    void idempotencyKeysAreStablePerFileAndRow() throws IOException {
        List<CSVRecord> rows = rows();

        assertThat(payments.idempotencyKey("january.csv", rows.get(0)))
                .isEqualTo(payments.idempotencyKey("january.csv", rows().get(0)))
                .isNotEqualTo(payments.idempotencyKey("january.csv", rows.get(1)))
                .isNotEqualTo(payments.idempotencyKey("february.csv", rows.get(0)))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void anotherFileOfTheSameNameGetsOtherKeysForItsOtherRows() throws IOException {
        String otherFile = FILE.replace("1250.00", "1350.00");
        try (CSVParser parser = payments.rows(new StringReader(otherFile))) {
            List<CSVRecord> otherRows = parser.getRecords();

            assertThat(payments.idempotencyKey("january.csv", otherRows.get(0)))
                    .isNotEqualTo(payments.idempotencyKey("january.csv", rows().get(0)));
            assertThat(payments.idempotencyKey("january.csv", otherRows.get(1)))
                    .isEqualTo(payments.idempotencyKey("january.csv", rows().get(1)));
        }
    }

    @Test
    void aFileStartingWithAByteOrderMarkAsExcelSavesItGivesTheSameRows() throws IOException {
        ByteArrayOutputStream excelFile = new ByteArrayOutputStream();
        excelFile.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        excelFile.write(FILE.getBytes(UTF_8));
        // decoded as the route's file endpoint decodes it (charset UTF-8), which keeps the mark as the character U+FEFF
        InputStreamReader decoded = new InputStreamReader(new ByteArrayInputStream(excelFile.toByteArray()), UTF_8);

        try (CSVParser parser = payments.rows(decoded)) {
            assertThat(parser.getHeaderNames())
                    .containsExactly("beneficiary_name", "iban", "amount", "reference", "bank_account_id");
            List<CSVRecord> excelRows = parser.getRecords();
            List<CSVRecord> rows = rows();

            assertThat(excelRows).extracting(CSVRecord::getRecordNumber).containsExactly(1L, 2L);
            assertThat(excelRows).extracting(CSVRecord::toList)
                    .containsExactlyElementsOf(rows.stream().map(CSVRecord::toList).toList());
            assertThat(excelRows).extracting(payments::transfer)
                    .containsExactlyElementsOf(rows.stream().map(payments::transfer).toList());
            Function<CSVRecord, String> key = row -> payments.idempotencyKey("january.csv", row);
            assertThat(excelRows).extracting(key).containsExactlyElementsOf(rows.stream().map(key).toList());
        }
    }

    @Test
    void rejectionsFormAPaymentsFileWithTheReason() throws IOException {
        CSVRecord row = rows().get(1);
        String first = payments.rejection(row, new IllegalArgumentException("iban: is required"), "january.errors.csv");
        Files.writeString(errors.resolve("january.errors.csv"), first);
        String second = payments.rejection(row, new IllegalArgumentException("iban: is required"), "january.errors.csv");

        assertThat(first).isEqualTo("row,beneficiary_name,iban,amount,reference,bank_account_id,error\r\n"
                + "2,Monica Hall,,320.50,Expenses,acc-2,iban: is required\r\n");
        assertThat(second).isEqualTo("2,Monica Hall,,320.50,Expenses,acc-2,iban: is required\r\n");
    }

    private List<CSVRecord> rows() throws IOException {
        try (CSVParser parser = payments.rows(new StringReader(FILE))) {
            return parser.getRecords();
        }
    }
}
