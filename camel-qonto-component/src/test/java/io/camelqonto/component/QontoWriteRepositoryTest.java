package io.camelqonto.component;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.emulator.EmulatorClock;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.QontoEmulator;
import io.camelqonto.model.Iban;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.SepaBeneficiary;
import io.camelqonto.model.SepaTransfer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A payment is made once for one business key at any distance in time: Qonto remembers an idempotency key for 30
 * minutes, the writeRepository for as long as it keeps its entries, and only what succeeded is recorded.
 */
class QontoWriteRepositoryTest extends QontoTestSupport {

    private static final EmulatorClock CLOCK = EmulatorClock.now();
    private static final String PAY = "qonto:sepaTransfer?idempotencyKeyExpression=${header.invoiceNumber}";

    @TempDir
    Path dir;

    private final List<FileStateRepository> repositories = new ArrayList<>();
    private FileStateRepository writes;

    @BeforeAll
    static void emulatorWithAClockToTurn() {
        emulator.close();
        emulator = QontoEmulator.builder().port(0).seed(42).clock(CLOCK).build().start();
    }

    @AfterEach
    void stopRepositories() {
        repositories.forEach(FileStateRepository::stop);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        QontoComponent apiKeyOnly = new QontoComponent();
        pointAtEmulator(apiKeyOnly.getConfiguration());
        useApiKey(apiKeyOnly.getConfiguration());
        context.addComponent("qontoApiKey", apiKeyOnly);
        return context;
    }

    @Test
    void theSamePaymentADayLaterGetsTheRecordedTransferAndNothingIsSent() {
        File file = dir.resolve("writes.dat").toFile();
        SepaTransfer paid = template.requestBodyAndHeader(PAY + "&writeRepository=#writes",
                toTrusted("Invoice 7001"), "invoiceNumber", "INV-7001", SepaTransfer.class);
        stopRepositories();
        CLOCK.advance(Duration.ofDays(1));
        emulator.journal().clear();

        // another run of the application: a new repository reads what the first one wrote
        bindRepository("writesNextDay", file);
        Exchange replayed = template.request(PAY + "&writeRepository=#writesNextDay", e -> {
            e.getMessage().setBody(toTrusted("Invoice 7001"));
            e.getMessage().setHeader("invoiceNumber", "INV-7001");
        });

        assertThat(replayed.getException()).isNull();
        SepaTransfer body = replayed.getMessage().getBody(SepaTransfer.class);
        assertThat(body.id()).isEqualTo(paid.id());
        assertThat(body.amount()).isEqualByComparingTo(paid.amount());
        assertThat(replayed.getMessage().getHeaders()).containsEntry(QontoConstants.REPLAYED, true)
                .containsEntry(QontoConstants.ID, paid.id()).containsEntry(QontoConstants.STATUS, paid.status());
        assertThat(apiCalls()).as("calls to Qonto for the replayed payment").isEmpty();
        assertThat(transfersWithReference("Invoice 7001")).hasSize(1);
    }

    @Test
    void withoutTheRepositoryTheSameBusinessKeyPaysAgainOnceQontoForgotIt() {
        template.requestBodyAndHeader(PAY, toTrusted("Invoice 7002"), "invoiceNumber", "INV-7002");
        CLOCK.advance(Duration.ofMinutes(31));

        Exchange again = template.request(PAY, e -> {
            e.getMessage().setBody(toTrusted("Invoice 7002"));
            e.getMessage().setHeader("invoiceNumber", "INV-7002");
        });

        assertThat(again.getException()).isNull();
        assertThat(again.getMessage().getHeader(QontoConstants.REPLAYED)).isNull();
        assertThat(transfersWithReference("Invoice 7002")).as("Qonto's 30-minute window is over").hasSize(2);
    }

    @Test
    void aWriteWhoseAnswerWasLostIsNotRecordedAndQontosWindowCoversItsReplay() {
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa/transfers")
                .dropResponseAfterCommit().build());

        // the process dies with the answer: no retry reaches Qonto, and the exchange fails
        Throwable lost = catchThrowable(() -> template.requestBodyAndHeader(PAY + "&writeRepository=#writes"
                + "&maxAttempts=1", toTrusted("Invoice 7003"), "invoiceNumber", "INV-7003"));
        String keyOfTheLostWrite = apiCalls("POST", "/v2/sepa/transfers").get(0).header("X-Qonto-Idempotency-Key")
                .orElseThrow();
        CLOCK.advance(Duration.ofMinutes(20));
        Exchange replayed = template.request(PAY + "&writeRepository=#writes", e -> {
            e.getMessage().setBody(toTrusted("Invoice 7003"));
            e.getMessage().setHeader("invoiceNumber", "INV-7003");
        });

        assertThat(lost).hasCauseInstanceOf(QontoException.class);
        assertThat(replayed.getException()).isNull();
        assertThat(replayed.getMessage().getHeader(QontoConstants.REPLAYED)).as("answered by Qonto, not the record")
                .isNull();
        assertThat(transfersWithReference("Invoice 7003")).singleElement()
                .satisfies(t -> assertThat(t.get("id")).isEqualTo(replayed.getMessage().getHeader(QontoConstants.ID)));
        assertThat(apiCalls("POST", "/v2/sepa/transfers")).extracting(p -> p.header("X-Qonto-Idempotency-Key")
                .orElseThrow()).containsOnly(keyOfTheLostWrite);
        assertThat(writes.getState("qonto-write:CREATE_SEPA_TRANSFER:" + keyOfTheLostWrite))
                .as("recorded once Qonto answered").contains(replayed.getMessage().getHeader(QontoConstants.ID,
                        String.class));
    }

    @Test
    void aRecordedAnswerKeepsNoFullIban() throws Exception {
        String iban = TestIbans.french(7004);
        String uri = "qonto:sepaBeneficiary?operation=create&idempotencyKeyExpression=${header.supplier}"
                     + "&writeRepository=#writes";
        SepaBeneficiary created = template.requestBodyAndHeader(uri, NewSepaBeneficiary.of("Hooli GmbH", iban),
                "supplier", "SUP-7004", SepaBeneficiary.class);

        Exchange replayed = template.request(uri, e -> {
            e.getMessage().setBody(NewSepaBeneficiary.of("Hooli GmbH", iban));
            e.getMessage().setHeader("supplier", "SUP-7004");
        });

        assertThat(created.iban()).isEqualTo(iban);
        assertThat(java.nio.file.Files.readString(dir.resolve("writes.dat"))).contains(created.id())
                .doesNotContain(iban).contains(Iban.mask(iban));
        assertThat(replayed.getMessage().getHeader(QontoConstants.REPLAYED)).isEqualTo(true);
        assertThat(replayed.getMessage().getBody(SepaBeneficiary.class).id()).isEqualTo(created.id());
        assertThat(replayed.getMessage().getBody(SepaBeneficiary.class).iban()).isEqualTo(Iban.mask(iban));
        assertThat(apiCalls("POST", "/v2/sepa/beneficiaries")).hasSize(1);
    }

    @Test
    void aMoneyMovingEndpointWithoutABusinessKeyWarnsOnceAtStart() {
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(QontoEndpoint.class);
        warnings.start();
        logger.addAppender(warnings);
        try {
            context.getEndpoint("qonto:sepaTransfer");
            context.getEndpoint("qonto:sepaTransfer?scaMode=mock");
            context.getEndpoint(PAY);
            context.getEndpoint("qonto:sepaTransfers");
            context.getEndpoint("qonto:sepaTransfer?operation=cancel");
            template.requestBody("qonto:sepaTransfer", toTrusted("Warned 1"));
        } finally {
            logger.detachAppender(warnings);
        }

        assertThat(warnings.list).filteredOn(e -> e.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        "qonto:sepaTransfer create moves money and has no idempotencyKeyExpression: unless the route"
                        + " sets the CamelQontoIdempotencyKey header, each exchange gets a random idempotency key, so"
                        + " re-processing the same input (a file dropped again, a message delivered again) runs"
                        + " create again, and creates new transfers. Set idempotencyKeyExpression to a business key,"
                        + " such as an invoice number.",
                        "qonto:sepaTransfer create moves money and has no idempotencyKeyExpression: unless the route"
                        + " sets the CamelQontoIdempotencyKey header, each exchange gets a random idempotency key, so"
                        + " re-processing the same input (a file dropped again, a message delivered again) runs"
                        + " create again, and creates new transfers. Set idempotencyKeyExpression to a business key,"
                        + " such as an invoice number.");
    }

    @Test
    void aWriteThatNeedsOAuthFailsAtStartOnAnEndpointWithOnlyAnApiKey() {
        Throwable thrown = catchThrowable(() -> context.getEndpoint("qontoApiKey:sepaTransfer"));
        Throwable approve = catchThrowable(() -> context.getEndpoint("qontoApiKey:request?operation=approve"));

        assertThat(thrown).isInstanceOf(ResolveEndpointFailedException.class);
        assertThat(thrown).rootCause().isInstanceOf(QontoOAuthRequiredException.class)
                .hasMessageContaining("sepaTransfer create needs OAuth")
                .hasMessageContaining("clientId, clientSecret, refreshToken");
        assertThat(((QontoOAuthRequiredException) rootCause(thrown)).operation().name())
                .isEqualTo("CREATE_SEPA_TRANSFER");
        assertThat(approve).rootCause().isInstanceOf(QontoOAuthRequiredException.class)
                .hasMessageContaining("request approve needs OAuth");
        assertThat(context.getEndpoint("qontoApiKey:sepaTransfer?operation=get")).as("a read starts").isNotNull();
        assertThat(emulator.journal().all()).isEmpty();
    }

    @Test
    void aWriteThatNeedsOAuthChosenByHeaderFailsBeforeAnythingIsSent() {
        Throwable thrown = catchThrowable(() -> template.requestBodyAndHeaders("qontoApiKey:sepaTransfer?operation=get",
                null, Map.of(QontoConstants.OPERATION, "cancel", QontoConstants.ID, "4d8b1d2e-0c5b-4a11-9d2f-6f6a3e1c0a11")));

        assertThat(thrown).rootCause().isInstanceOf(QontoOAuthRequiredException.class)
                .hasMessageContaining("sepaTransfer cancel needs OAuth");
        assertThat(emulator.journal().all()).isEmpty();
    }

    private FileStateRepository bindRepository(String name, File file) {
        FileStateRepository repository = FileStateRepository.fileStateRepository(file);
        repository.start();
        repositories.add(repository);
        context.getRegistry().bind(name, repository);
        return repository;
    }

    @Override
    protected void doPostSetup() {
        writes = bindRepository("writes", dir.resolve("writes.dat").toFile());
    }

    private static NewSepaTransfer toTrusted(String reference) {
        return new NewSepaTransfer(mainAccountId(), (String) trustedBeneficiary().get("id"), null, reference, "42.00",
                null, null, null);
    }

    private static List<Map<String, Object>> transfersWithReference(String reference) {
        return emulator.store().sepaTransfers().stream().filter(t -> reference.equals(t.get("reference"))).toList();
    }
}
