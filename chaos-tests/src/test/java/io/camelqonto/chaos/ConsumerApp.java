package io.camelqonto.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.camelqonto.component.QontoConstants;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * The application the consumer test kills: it consumes the transactions of one account, notes every delivery, and
 * keeps each transaction once in a ledger through the recipe, an idempotent consumer on {@code CamelQontoId} with a
 * persistent repository. Its cursor is in a file, so a restart resumes.
 */
public final class ConsumerApp {

    private ConsumerApp() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("chaos.dir"));
        String run = System.getProperty("chaos.run");
        Main main = new Main();
        Settings.apply(main);
        main.bind("cursor", FileStateRepository.fileStateRepository(dir.resolve("cursor.dat").toFile()));
        main.bind("ledger", new LedgerRepository(dir.resolve("ledger.txt")));
        Path deliveries = dir.resolve("deliveries.txt");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:transactions?bankAccountId={{chaos.account}}&stateRepository=#cursor&delay=20"
                     + "&initialDelay=0&cursorField=updated_at&perPage=20")
                        .process(exchange -> append(deliveries, run + " "
                                + exchange.getMessage().getHeader(QontoConstants.ID, String.class)))
                        .idempotentConsumer(header(QontoConstants.ID)).idempotentRepository("ledger")
                        .skipDuplicate(true).eager(true)
                            // the ledger line is the processing; what follows runs once per transaction
                            .setProperty("recorded", constant(true))
                        .end();
            }
        });
        main.run();
    }

    static void append(Path file, String line) {
        try {
            // one write per line: a killed process leaves whole lines, which the operating system keeps
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
