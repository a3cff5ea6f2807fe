package io.camelqonto.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The recipe's persistent repository, in the form that leaves no gap: the side effect (a line in the ledger) and the
 * record that the item was processed are one and the same write. A repository that is not the side effect must
 * commit with it (a JDBC repository in the same transaction as the rows a route inserts), or a crash between the two
 * loses or repeats one item.
 */
final class LedgerRepository extends ServiceSupport implements IdempotentRepository {

    private final Path file;
    private final Set<String> seen = new HashSet<>();

    LedgerRepository(Path file) {
        this.file = file;
    }

    @Override
    protected void doStart() throws IOException {
        if (Files.exists(file)) {
            // a line is written in one call: a crash leaves whole lines only
            seen.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
    }

    @Override
    public synchronized boolean add(String key) {
        if (!seen.add(key)) {
            return false;
        }
        try {
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            seen.remove(key);
            throw new UncheckedIOException(e);
        }
        return true;
    }

    @Override
    public synchronized boolean contains(String key) {
        return seen.contains(key);
    }

    @Override
    public boolean remove(String key) {
        // a ledger line is never taken back: the item was processed
        return false;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("A ledger is not cleared");
    }
}
