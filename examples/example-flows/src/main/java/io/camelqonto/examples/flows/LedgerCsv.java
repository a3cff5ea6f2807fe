package io.camelqonto.examples.flows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import io.camelqonto.model.Transaction;

import org.apache.commons.csv.CSVFormat;

/**
 * Turns a settled transaction into one line of a monthly ledger file ({@code ledger-YYYY-MM.csv},
 * month of {@code settled_at} in UTC). The route appends the line to the file; this bean only decides
 * the file name and whether the line must be preceded by the header, because the file does not exist yet.
 * <p>
 * The check-then-append is safe because the transactions consumer hands over one transaction at a time. The consumer
 * follows {@code settled_at}, so every transaction it delivers has one.
 * <p>
 * The free-text cells, {@code label} and {@code reference}, are written so that a spreadsheet opening the file shows
 * them as text and never runs them as formulas.
 */
public class LedgerCsv {

    public static final List<String> COLUMNS
            = List.of("settled_at", "transaction_id", "side", "amount", "currency", "label", "reference");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    /** What makes Excel, LibreOffice Calc or Google Sheets read a cell as a formula when it starts with it. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Path directory;

    /** The folder the ledger files are written to (the route's file endpoint must use the same one). */
    public void setDirectory(String directory) {
        this.directory = Path.of(directory);
    }

    public String fileName(Transaction transaction) {
        return "ledger-" + YearMonth.from(transaction.settledAt().atOffset(ZoneOffset.UTC)) + ".csv";
    }

    /** The transaction's CSV line, preceded by the header line when its month's file is still to be created. */
    public String line(Transaction transaction) {
        String line = FORMAT.format(transaction.settledAt(), transaction.transactionId(), transaction.side(),
                transaction.amount() == null ? null : transaction.amount().toPlainString(), transaction.currency(),
                asText(transaction.label()), asText(transaction.reference())) + FORMAT.getRecordSeparator();
        if (Files.exists(directory.resolve(fileName(transaction)))) {
            return line;
        }
        return FORMAT.format(COLUMNS.toArray()) + FORMAT.getRecordSeparator() + line;
    }

    /**
     * A free-text cell, made safe for spreadsheets (CSV or formula injection). Labels and references are written by
     * others (the payer's reference, the merchant's name on a card payment), and the ledger is meant to be opened in a
     * spreadsheet, which takes a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
     * return for a formula: {@code =HYPERLINK(...)} or {@code =WEBSERVICE(...)} can send the sheet's data elsewhere,
     * and DDE formulas can start programs. A leading single quote makes such a cell text. Only free-text columns get
     * it: amounts are written as they are, so that a spreadsheet still reads them as numbers.
     */
    private static String asText(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        return "'" + cell;
    }
}
