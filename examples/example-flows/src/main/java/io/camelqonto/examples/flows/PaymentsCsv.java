package io.camelqonto.examples.flows;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.Variable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a payments file ({@code beneficiary_name,iban,amount,reference[,bank_account_id]}, header line first)
 * and turns each row into the SEPA transfer the {@code qonto:sepaTransfer} producer creates.
 * <p>
 * A row is numbered from 1 (the first row after the header; blank lines are not counted). Its idempotency key
 * is derived from the file name, that number and the row's cells, so the same file dropped again, or resumed
 * after a crash, replays the same keys and Qonto creates no second transfer; another file that happens to have the
 * same name gets other keys for its other rows, instead of Qonto answering them with the first file's transfers.
 * <p>
 * A UTF-8 byte-order mark at the start of the file, which Excel writes when it saves "CSV UTF-8", is skipped.
 */
public class PaymentsCsv {

    private static final List<String> REJECTION_COLUMNS
            = List.of("row", "beneficiary_name", "iban", "amount", "reference", "bank_account_id", "error");

    private static final CSVFormat INPUT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    private static final CSVFormat OUTPUT = CSVFormat.RFC4180;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private String defaultBankAccountId;
    private Path errorDirectory;

    /** The account debited by rows that leave {@code bank_account_id} empty. */
    public void setDefaultBankAccountId(String defaultBankAccountId) {
        this.defaultBankAccountId = defaultBankAccountId;
    }

    /** The folder rejected rows are written to (the route's file endpoint must use the same one). */
    public void setErrorDirectory(String errorDirectory) {
        this.errorDirectory = Path.of(errorDirectory);
    }

    /**
     * The rows of a file, read lazily while the splitter walks them; the splitter closes the parser (and so
     * the file) when it is done.
     */
    public CSVParser rows(Reader file) throws IOException {
        return INPUT.parse(withoutByteOrderMark(file));
    }

    /**
     * The transfer of one row, in the JSON shape Qonto documents; empty cells are left out, so that the producer's
     * validation names them.
     */
    public Map<String, Object> transfer(CSVRecord row) {
        Map<String, Object> beneficiary = new LinkedHashMap<>();
        putIfPresent(beneficiary, "name", cell(row, "beneficiary_name"));
        putIfPresent(beneficiary, "iban", cell(row, "iban"));
        Map<String, Object> transfer = new LinkedHashMap<>();
        String account = cell(row, "bank_account_id");
        putIfPresent(transfer, "bank_account_id", account != null ? account : defaultBankAccountId);
        transfer.put("beneficiary", beneficiary);
        putIfPresent(transfer, "reference", cell(row, "reference"));
        putIfPresent(transfer, "amount", cell(row, "amount"));
        return transfer;
    }

    /**
     * A name-based UUID of file name, row number and cells: stable across re-drops and restarts, distinct between
     * rows, and between files of the same name that differ in that row.
     */
    public String idempotencyKey(@Header(Exchange.FILE_NAME_ONLY) String fileName,
            @Variable("paymentRow") CSVRecord row) {
        String name = fileName + "#" + row.getRecordNumber() + "#" + OUTPUT.format((Object[]) row.values());
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The rejected row with its number and the reason, as a CSV line to append to the errors file named by the
     * {@code CamelFileName} header; the header line comes first when that file is still to be created. The errors
     * file reads as a payments file, so fixed rows can be dropped into the inbox again.
     */
    public String rejection(@Variable("paymentRow") CSVRecord row,
            @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception error,
            @Header(Exchange.FILE_NAME) String errorFile) {
        String line = OUTPUT.format(row.getRecordNumber(), cell(row, "beneficiary_name"), cell(row, "iban"),
                cell(row, "amount"), cell(row, "reference"), cell(row, "bank_account_id"), error.getMessage())
                + OUTPUT.getRecordSeparator();
        if (Files.exists(errorDirectory.resolve(errorFile))) {
            return line;
        }
        return OUTPUT.format(REJECTION_COLUMNS.toArray()) + OUTPUT.getRecordSeparator() + line;
    }

    /**
     * The file without the byte-order mark it may start with. Decoding UTF-8 keeps the mark, as the character U+FEFF,
     * and the parser would take it as part of the first column name: no row would then have a
     * {@code beneficiary_name}, and all would be rejected. Only the first character is looked at, so the file is
     * still read lazily.
     */
    private static Reader withoutByteOrderMark(Reader file) throws IOException {
        PushbackReader reader = new PushbackReader(file, 1);
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    private static String cell(CSVRecord row, String column) {
        if (!row.isSet(column) || row.get(column).isEmpty()) {
            return null;
        }
        return row.get(column);
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
