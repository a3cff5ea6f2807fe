package io.camelqonto.client.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.camelqonto.client.QontoOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every catalog row is called by some test of this module against the emulator, and answered without an error: each
 * operation is reached through the component, not only declared. When the system property
 * {@code qonto.emulator.callLog} names a directory, every emulator records there the operations it answers, one file
 * per test JVM, one line per operation ({@code GET /v2/transactions/{id}}). The build sets it for the unit tests and
 * empties the directory before them, and failsafe runs this check once they have all run (reruns and forks included).
 * A row counts as called when an operation of its method and path is: the rows that stream a resource's file
 * ({@code DOWNLOAD_STATEMENT_FILE}, {@code DOWNLOAD_ATTACHMENT_FILE}) share the call of their resource's read.
 *
 * <p>The record is complete only after the whole suite. When {@code -Dtest} picks some unit tests, the build's
 * {@code some-unit-tests} profile skips this check; run by hand without the property, it is skipped too. A missing
 * record in a build that ran the unit tests is a failure: no emulator recorded any call.
 */
class OperationsCalledIT {

    private static final String CALL_LOG = "qonto.emulator.callLog";

    @Test
    void everyRowIsCalledBySomeTestAgainstTheEmulator() throws IOException {
        String directory = System.getProperty(CALL_LOG);
        assumeTrue(directory != null, CALL_LOG + " names no record of the unit tests' calls");
        Path record = Path.of(directory);
        assertThat(record).as("the record of the operations the unit tests called (%s)", CALL_LOG).isDirectory();

        Set<String> called = new TreeSet<>();
        try (Stream<Path> files = Files.list(record)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".calls")).toList()) {
                Files.readAllLines(file).forEach(line -> called.add(CatalogConformanceTest.shape(line)));
            }
        }
        List<String> uncalled = Arrays.stream(QontoOperation.values())
                .filter(row -> !called.contains(row.method() + " " + CatalogConformanceTest.shape(row.pathTemplate())))
                .map(row -> row + " (" + row.method() + " " + row.pathTemplate() + ")")
                .toList();

        assertThat(uncalled).as("catalog rows no test calls against the emulator").isEmpty();
    }
}
