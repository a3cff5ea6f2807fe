package io.camelqonto.chaos;

import java.nio.file.Files;
import java.nio.file.Path;

import io.camelqonto.component.QontoConstants;
import io.camelqonto.model.NewSepaTransfer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * The application the transfer test kills: it pays every line of an input file ({@code invoice;amount}), each with
 * its invoice number as business key, and notes each transfer it was answered with.
 */
public final class CreatesApp {

    private CreatesApp() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("chaos.dir"));
        String run = System.getProperty("chaos.run");
        String account = System.getProperty("chaos.account");
        String beneficiary = System.getProperty("chaos.beneficiary");
        Main main = new Main();
        Settings.apply(main);
        main.bind("writes", FileStateRepository.fileStateRepository(dir.resolve("writes.dat").toFile()));
        Path answers = dir.resolve("answers.txt");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:input?repeatCount=1")
                        .process(exchange -> exchange.getMessage().setBody(
                                Files.readAllLines(dir.resolve("input.txt"))))
                        .split(body()).streaming()
                            .process(exchange -> {
                                String[] line = exchange.getMessage().getBody(String.class).split(";");
                                exchange.getMessage().setHeader("invoice", line[0]);
                                exchange.getMessage().setBody(new NewSepaTransfer(account, beneficiary, null,
                                        "chaos " + line[0], line[1], null, null, null));
                            })
                            .to("qonto:sepaTransfer?idempotencyKeyExpression=${header.invoice}"
                                + "&writeRepository=#writes")
                            .process(exchange -> ConsumerApp.append(answers, run + " "
                                    + exchange.getMessage().getHeader("invoice") + " "
                                    + exchange.getMessage().getHeader(QontoConstants.ID) + " "
                                    + exchange.getMessage().getHeader(QontoConstants.REPLAYED, false, Boolean.class)))
                        .end()
                        .process(exchange -> ConsumerApp.append(dir.resolve("done.txt"), run));
            }
        });
        main.run();
    }
}
