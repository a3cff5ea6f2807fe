package io.camelqonto.examples.flows.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;

/** The ledger folder of an example's work folder: one file per month of settlement, {@code ledger-YYYY-MM.csv}. */
final class LedgerFiles {

    private final Path directory;

    LedgerFiles(Path workDir) {
        this.directory = workDir.resolve("ledger");
    }

    /** The month files; none until the route has written its first line. */
    List<Path> files() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    /** The rows of all month files. */
    List<CSVRecord> rows() {
        return files().stream().flatMap(file -> CsvFiles.read(file).stream()).toList();
    }
}
