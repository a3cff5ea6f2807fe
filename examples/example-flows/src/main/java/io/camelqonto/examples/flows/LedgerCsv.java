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
 */
public class LedgerCsv {

    public static final List<String> COLUMNS
            = List.of("settled_at", "transaction_id", "side", "amount", "currency", "label", "reference");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

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
                transaction.label(), transaction.reference()) + FORMAT.getRecordSeparator();
        if (Files.exists(directory.resolve(fileName(transaction)))) {
            return line;
        }
        return FORMAT.format(COLUMNS.toArray()) + FORMAT.getRecordSeparator() + line;
    }
}
