package io.camelqonto.component;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.error.QontoServerException;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.Attachment;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attachments through routes: uploads streamed as multipart forms, reads, the file's download and removals. */
class QontoAttachmentsTest extends QontoTestSupport {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% receipt for lunch, 12.50 EUR\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path folder;

    private static Path inbox() {
        return folder.resolve("inbox");
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:cachedUpload").streamCache("true").to("qonto:attachment?operation=upload");
                from("file:" + inbox() + "?noop=true&initialDelay=0&delay=50").routeId("receipts").autoStartup(false)
                        .setHeader(QontoConstants.ID, constant(transactionWithoutAttachments()))
                        .to("qonto:transactionAttachment")
                        .to("mock:attached");
            }
        };
    }

    @Test
    void aFileOnDiskIsUploadedUnderItsNameAndTypeWithAnIdempotencyKey() throws Exception {
        Path receipt = Files.write(folder.resolve("lunch-receipt.pdf"), PDF);

        Exchange result = template.request("qonto:attachment?operation=upload",
                e -> e.getMessage().setBody(receipt.toFile()));

        assertThat(result.getException()).isNull();
        Attachment uploaded = result.getMessage().getBody(Attachment.class);
        assertThat(result.getMessage().getHeader(QontoConstants.ID)).isEqualTo(uploaded.id());
        assertThat(emulator.store().uploadedFile(uploaded.id())).hasValueSatisfying(bytes -> assertThat(bytes)
                .isEqualTo(PDF));
        assertThat(emulator.store().attachments()).anySatisfy(a -> assertThat(a).containsEntry("id", uploaded.id())
                .containsEntry("file_name", "lunch-receipt.pdf").containsEntry("file_content_type", "application/pdf"));
        RecordedRequest upload = apiCalls("POST", "/v2/attachments").get(0);
        assertThat(upload.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("multipart/form-data;").contains("boundary=").doesNotContain("ISO-8859-1"));
        assertThat(upload.header("X-Qonto-Idempotency-Key")).isPresent();
    }

    @Test
    void bytesTakeTheirNameAndTypeFromCamelsHeadersAndTheOptionsWinOverThem() throws Exception {
        String id = template.requestBodyAndHeaders("qonto:attachment?operation=upload&fileName=scan.png"
                + "&contentType=image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3},
                Map.of(Exchange.FILE_NAME, "inbox/ignored.pdf", Exchange.CONTENT_TYPE, "application/pdf"),
                Attachment.class).id();
        String other = template.requestBodyAndHeaders("qonto:attachment?operation=upload", PDF,
                Map.of(Exchange.FILE_NAME, "inbox/2026/reçu-taxi.pdf"), Attachment.class).id();

        assertThat(emulator.store().attachments()).anySatisfy(a -> assertThat(a).containsEntry("id", id)
                .containsEntry("file_name", "scan.png").containsEntry("file_content_type", "image/png"));
        assertThat(emulator.store().attachments()).anySatisfy(a -> assertThat(a).containsEntry("id", other)
                .containsEntry("file_name", "reçu-taxi.pdf").containsEntry("file_content_type", "application/pdf"));
        Exchange download = template.request("qonto:attachment?operation=downloadFile",
                e -> e.getMessage().setHeader(QontoConstants.ID, other));
        assertThat(download.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo("reçu-taxi.pdf");
        download.getMessage().getBody(InputStream.class).close();
    }

    @Test
    void aFileOfATypeQontoRefusesOrWithoutANameIsNeverSent() {
        assertThatThrownBy(() -> template.requestBodyAndHeaders("qonto:attachment?operation=upload", "notes".getBytes(
                StandardCharsets.UTF_8), Map.of(Exchange.FILE_NAME, "notes.txt", Exchange.CONTENT_TYPE, "text/plain")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("content_type").hasMessageContaining("text/plain");
        assertThatThrownBy(() -> template.requestBody("qonto:attachment?operation=upload",
                new ByteArrayInputStream(PDF)))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("file_name");
        assertThatThrownBy(() -> template.requestBodyAndHeader("qonto:attachment?operation=upload", new byte[0],
                Exchange.FILE_NAME, "empty.pdf"))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("empty file");
        assertThatThrownBy(() -> template.requestBody("qonto:attachment?operation=upload", "receipts/lunch.pdf"))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("java.lang.String");

        assertThat(apiCalls("POST", "/v2/attachments")).isEmpty();
    }

    @Test
    void aRetriedUploadReadsTheFileAgainAndKeepsItsKey() throws Exception {
        Path receipt = Files.write(folder.resolve("hotel.pdf"), PDF);
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/attachments").status(503).build());

        Attachment uploaded = template.requestBody("qonto:attachment?operation=upload", receipt, Attachment.class);

        List<RecordedRequest> tries = apiCalls("POST", "/v2/attachments");
        assertThat(tries).hasSize(2).allSatisfy(call -> assertThat(call.body()).contains("% receipt for lunch"));
        assertThat(tries.get(1).header("X-Qonto-Idempotency-Key")).isEqualTo(tries.get(0)
                .header("X-Qonto-Idempotency-Key"));
        assertThat(emulator.store().uploadedFile(uploaded.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(PDF));
    }

    @Test
    void aPlainStreamIsSentOnceButAStreamCachedByCamelIsRetried() {
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/attachments").status(503).build());

        assertThatThrownBy(() -> template.requestBodyAndHeader("qonto:attachment?operation=upload",
                new ByteArrayInputStream(PDF), QontoConstants.FILE_NAME, "stream.pdf"))
                .rootCause().isInstanceOf(QontoServerException.class);
        assertThat(apiCalls("POST", "/v2/attachments")).hasSize(1);

        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/attachments").status(503).build());
        Attachment cached = template.requestBodyAndHeader("direct:cachedUpload", new ByteArrayInputStream(PDF),
                QontoConstants.FILE_NAME, "cached.pdf", Attachment.class);

        assertThat(apiCalls("POST", "/v2/attachments")).hasSize(3);
        assertThat(emulator.store().uploadedFile(cached.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(PDF));
    }

    @Test
    void aFileConsumersFileIsUploadedToATransactionListedDownloadedAndRemoved() throws Exception {
        String transaction = transactionWithoutAttachments();
        Files.createDirectories(inbox());
        Files.write(inbox().resolve("parking.pdf"), PDF);
        MockEndpoint attached = getMockEndpoint("mock:attached");
        attached.expectedMessageCount(1);

        context.getRouteController().startRoute("receipts");
        attached.assertIsSatisfied();

        List<?> listed = template.requestBodyAndHeader("qonto:transactionAttachments", null, QontoConstants.ID,
                transaction, List.class);

        assertThat(listed).hasSize(1);
        Attachment attachment = (Attachment) listed.get(0);
        assertThat(attachment.fileName()).isEqualTo("parking.pdf");
        assertThat(emulator.store().transaction(transaction).orElseThrow().get("attachment_ids"))
                .isEqualTo(List.of(attachment.id()));

        Exchange download = template.request("qonto:attachment?operation=downloadFile",
                e -> e.getMessage().setHeader(QontoConstants.ID, attachment.id()));
        byte[] downloaded;
        try (InputStream body = download.getMessage().getBody(InputStream.class)) {
            downloaded = body.readAllBytes();
        }
        assertThat(downloaded).isEqualTo(PDF);
        assertThat(download.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo("parking.pdf");
        assertThat(download.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/pdf");
        RecordedRequest fetched = emulator.journal().matching("GET", "/_files/attachments/").get(0);
        assertThat(fetched.header("Authorization")).isEmpty();

        template.sendBodyAndHeaders("qonto:transactionAttachment?operation=delete", null,
                Map.of(QontoConstants.ID, transaction, QontoConstants.ATTACHMENT_ID, attachment.id()));
        assertThat(emulator.store().transaction(transaction).orElseThrow().get("attachment_ids")).isEqualTo(List.of());
        assertThat(emulator.store().attachments()).noneSatisfy(a -> assertThat(a).containsEntry("id", attachment.id()));
    }

    @Test
    void everyAttachmentOfATransactionIsRemovedAtOnce() {
        Map<String, Object> transaction = emulator.store().transactions().stream()
                .filter(tx -> !((List<?>) tx.get("attachment_ids")).isEmpty()).findFirst().orElseThrow();
        String id = (String) transaction.get("id");
        template.sendBodyAndHeaders("qonto:transactionAttachment", PDF,
                Map.of(QontoConstants.ID, id, QontoConstants.FILE_NAME, "second.pdf"));
        assertThat((List<?>) emulator.store().transaction(id).orElseThrow().get("attachment_ids")).hasSize(
                ((List<?>) transaction.get("attachment_ids")).size() + 1);

        template.sendBodyAndHeader("qonto:transactionAttachment?operation=deleteAll", null, QontoConstants.ID, id);

        assertThat(emulator.store().transaction(id).orElseThrow().get("attachment_ids")).isEqualTo(List.of());
        assertThat(apiCalls("DELETE", "/v2/transactions/" + id + "/attachments")).hasSize(1);
    }

    @Test
    void aListUnderOneTransactionTakesTheTransactionFromParentIdWhenNoHeaderNamesOne() {
        Map<String, Object> withAttachments = emulator.store().transactions().stream()
                .filter(tx -> !((List<?>) tx.get("attachment_ids")).isEmpty()).findFirst().orElseThrow();
        String other = transactionWithoutAttachments();
        String uri = "qonto:transactionAttachments?parentId=" + withAttachments.get("id");

        List<?> byOption = template.requestBody(uri, null, List.class);
        List<?> byHeader = template.requestBodyAndHeader(uri, null, QontoConstants.ID, other, List.class);

        assertThat(byOption).extracting(attachment -> (Object) ((Attachment) attachment).id())
                .containsExactlyInAnyOrderElementsOf((List<?>) withAttachments.get("attachment_ids"));
        assertThat(byHeader).as("the header names the transaction first").isEmpty();
        assertThatThrownBy(() -> template.requestBody("qonto:transactionAttachments", null, List.class))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("CamelQontoId")
                .hasMessageContaining("parentId option");
    }

    @Test
    void theAttachmentsOfOneTransactionAreConsumedAsTheyCome() throws Exception {
        String transaction = transactionWithoutAttachments();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:transactionAttachments?parentId=" + transaction + "&initialDelay=0&delay=50")
                        .to("mock:receipts");
            }
        });
        awaitMorePolls("/v2/transactions/" + transaction + "/attachments", 1);
        MockEndpoint receipts = getMockEndpoint("mock:receipts");
        receipts.expectedMessageCount(1);

        template.sendBodyAndHeaders("qonto:transactionAttachment", PDF,
                Map.of(QontoConstants.ID, transaction, QontoConstants.FILE_NAME, "toll.pdf"));

        receipts.assertIsSatisfied(10_000);
        Exchange received = receipts.getReceivedExchanges().get(0);
        assertThat(received.getMessage().getBody(Attachment.class).fileName()).isEqualTo("toll.pdf");
        assertThat(received.getMessage().getHeader(QontoConstants.CHANGE)).isEqualTo("new");
    }

    @Test
    void theAttachmentsOfNoParticularTransactionCannotBeConsumed() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:transactionAttachments").to("mock:receipts");
            }
        })).rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("parentId");
    }

    @Test
    void anAttachmentIsReadWithALinkToItsFile() {
        Map<String, Object> seeded = emulator.store().attachments().get(0);

        Attachment read = template.requestBodyAndHeader("qonto:attachment", null, QontoConstants.ID,
                seeded.get("id"), Attachment.class);

        assertThat(read.fileName()).isEqualTo(seeded.get("file_name"));
        assertThat(read.fileUrl()).contains("/_files/attachments/" + seeded.get("id"));
        assertThat(read.toString()).doesNotContain("signature");
    }

    private static String transactionWithoutAttachments() {
        return emulator.store().transactions().stream()
                .filter(tx -> ((List<?>) tx.get("attachment_ids")).isEmpty()).map(tx -> (String) tx.get("id"))
                .findFirst().orElseThrow();
    }
}
