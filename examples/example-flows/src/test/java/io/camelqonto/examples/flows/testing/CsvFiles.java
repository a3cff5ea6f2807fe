package io.camelqonto.examples.flows.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV files the flows write (ledger, rejected payments): RFC 4180, the header line first. */
final class CsvFiles {

    private static final CSVFormat WITH_HEADER = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    private CsvFiles() {
    }

    /** The rows after the header line, their cells by column name. */
    static List<CSVRecord> read(Path file) {
        try (CSVParser parser = WITH_HEADER.parse(Files.newBufferedReader(file))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
