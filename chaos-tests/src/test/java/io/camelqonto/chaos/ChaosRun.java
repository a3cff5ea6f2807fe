package io.camelqonto.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.fail;

/** Waiting on what a child JVM writes, and reading it back. */
final class ChaosRun {

    private ChaosRun() {
    }

    /** The lines of a file, or none while it does not exist. */
    static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    /** Waits until the lines of {@code file} satisfy {@code condition}, failing when the child died first. */
    static void awaitLines(ChildJvm child, Path file, Predicate<List<String>> condition, Duration timeout, Path log)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(lines(file))) {
            if (!child.isAlive()) {
                fail("The child JVM died on its own; its output:\n" + String.join("\n", lines(log)));
            }
            if (System.nanoTime() - deadline > 0) {
                fail("Timed out after " + timeout + " waiting on " + file.getFileName() + "; the child's output:\n"
                     + String.join("\n", lines(log)));
            }
            Thread.sleep(20);
        }
    }
}
