package io.camelqonto.component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.SupplierInvoice;
import io.camelqonto.model.SupplierInvoiceBatch;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Supplier invoices through routes, with an API key as Qonto allows: filtered lists, reads, bulk uploads, a consumer. */
class QontoSupplierInvoicesTest extends QontoTestSupport {

    private static final Pattern KEY_PART = Pattern.compile(
            "name=\"supplier_invoices\\[]\\[idempotency_key]\"\r\n(?:[^\r\n]+\r\n)*\r\n([^\r\n]+)\r\n");

    @TempDir
    Path folder;

    @Override
    protected void configure(QontoConfiguration configuration) {
        pointAtEmulator(configuration);
        useApiKey(configuration);
    }

    @Override
    protected boolean useJmx() {
        return false;
    }

    @Test
    void theListTakesQontosFiltersAsOptions() {
        List<?> dueOrPaid = template.requestBody("qonto:supplierInvoices?status=awaiting_payment,paid"
                + "&payableAmount=lte:100.00:EUR", null, List.class);
        List<?> found = template.requestBody("qonto:supplierInvoices?search=hetzner&queryFields=supplier_name", null,
                List.class);
        List<?> missingData = template.requestBody("qonto:supplierInvoices?missingData=true&dueDate=missing_date",
                null, List.class);

        assertThat(dueOrPaid).extracting(i -> ((SupplierInvoice) i).supplierName()).containsExactly("OVH SAS");
        assertThat(found).extracting(i -> ((SupplierInvoice) i).invoiceNumber()).containsExactly("R0021887213");
        assertThat(missingData).extracting(i -> ((SupplierInvoice) i).status()).containsExactly("to_review");
        assertThat(decodedQuery(apiCalls("GET", "/v2/supplier_invoices").get(0)))
                .contains("filter[status]=awaiting_payment&filter[status]=paid")
                .contains("filter[payable_amount]=lte:100.00:EUR");
        assertThat(decodedQuery(apiCalls("GET", "/v2/supplier_invoices").get(1)))
                .contains("query=hetzner").contains("query_fields=supplier_name");
    }

    @Test
    void anInvoiceIsReadById() {
        Map<String, Object> seeded = emulator.store().supplierInvoices().get(0);

        Exchange read = template.request("qonto:supplierInvoice",
                e -> e.getMessage().setHeader(QontoConstants.ID, seeded.get("id")));

        SupplierInvoice invoice = read.getMessage().getBody(SupplierInvoice.class);
        assertThat(invoice.id()).isEqualTo(seeded.get("id"));
        assertThat(invoice.einvoicingLifecycleEvents()).hasSize(2);
        assertThat(invoice.availableActions().pay()).isTrue();
        assertThat(read.getMessage().getHeader(QontoConstants.STATUS)).isEqualTo("awaiting_payment");
        assertThat(invoice.toString()).doesNotContain((String) seeded.get("iban"));
    }

    @Test
    void filesAreUploadedEachUnderItsOwnKeyAndARedeliveryMakesNoDuplicate() throws Exception {
        Path first = Files.write(folder.resolve("hetzner-2026-01.pdf"), pdf("Hetzner January"));
        Path second = Files.write(folder.resolve("ovh-2026-01.pdf"), pdf("OVH January"));
        int before = emulator.store().supplierInvoices().size();

        // the route's key for this business operation, e.g. the batch of January's invoices
        String writeKey = "9d7f1f7e-3a51-4c47-9a1b-5b0b8f0c2e11";
        SupplierInvoiceBatch batch = template.requestBodyAndHeader(
                "qonto:supplierInvoices?operation=bulkCreate&source=integration", List.of(first, second),
                QontoConstants.IDEMPOTENCY_KEY, writeKey, SupplierInvoiceBatch.class);

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.supplierInvoices()).extracting(SupplierInvoice::fileName)
                .containsExactly("hetzner-2026-01.pdf", "ovh-2026-01.pdf");
        assertThat(batch.supplierInvoices()).allSatisfy(i -> assertThat(i.source()).isEqualTo("integration"));
        assertThat(emulator.store().supplierInvoices()).hasSize(before + 2);
        assertThat(emulator.store().uploadedFile(batch.supplierInvoices().get(1).attachmentId()))
                .hasValueSatisfying(bytes -> assertThat(new String(bytes, StandardCharsets.US_ASCII))
                        .contains("OVH January"));
        List<String> keys = keysSent(apiCalls("POST", "/v2/supplier_invoices/bulk").get(0));
        assertThat(keys).hasSize(2).doesNotHaveDuplicates();

        // the same business operation again, e.g. after a lost answer: the same key sends the same key per file
        SupplierInvoiceBatch again = template.requestBodyAndHeader(
                "qonto:supplierInvoices?operation=bulkCreate&source=integration", List.of(first, second),
                QontoConstants.IDEMPOTENCY_KEY, writeKey, SupplierInvoiceBatch.class);

        assertThat(keysSent(apiCalls("POST", "/v2/supplier_invoices/bulk").get(1))).isEqualTo(keys);
        assertThat(again.supplierInvoices()).extracting(SupplierInvoice::id)
                .isEqualTo(batch.supplierInvoices().stream().map(SupplierInvoice::id).toList());
        assertThat(emulator.store().supplierInvoices()).hasSize(before + 2);
    }

    @Test
    void aRedeliveryAfterALostAnswerSendsTheSameKeysAndQontoMakesEachInvoiceOnce() throws Exception {
        Path file = Files.write(folder.resolve("free-pro.pdf"), pdf("Free Pro January"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bulk").errorHandler(defaultErrorHandler().maximumRedeliveries(1).redeliveryDelay(0))
                        .to("qonto:supplierInvoices?operation=bulkCreate");
            }
        });
        int before = emulator.store().supplierInvoices().size();
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/supplier_invoices/bulk")
                .dropResponseAfterCommit().build());

        SupplierInvoiceBatch batch = template.requestBody("direct:bulk", List.of(file), SupplierInvoiceBatch.class);

        List<RecordedRequest> tries = apiCalls("POST", "/v2/supplier_invoices/bulk");
        assertThat(tries).hasSize(2);
        assertThat(keysSent(tries.get(1))).hasSize(1).isEqualTo(keysSent(tries.get(0)));
        assertThat(emulator.store().supplierInvoices()).hasSize(before + 1);
        assertThat(batch.supplierInvoices().get(0).id()).isEqualTo(emulator.store().supplierInvoices().get(before)
                .get("id"));
    }

    @Test
    void everyInvoiceIsConsumedOnceByUpdateTimeThenTheUploadedOnes() throws Exception {
        List<String> seeded = emulator.store().supplierInvoices().stream()
                .sorted(Comparator.comparing((Map<String, Object> i) -> i.get("updated_at").toString())
                        .thenComparing(i -> i.get("id").toString()))
                .map(i -> (String) i.get("id")).toList();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:supplierInvoices?perPage=2&initialDelay=0&delay=50").to("mock:invoices");
            }
        });
        MockEndpoint invoices = getMockEndpoint("mock:invoices");
        invoices.expectedMessageCount(seeded.size());
        invoices.assertIsSatisfied(15_000);
        assertThat(invoices.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(QontoConstants.ID))
                .containsExactlyElementsOf(seeded);

        invoices.reset();
        invoices.expectedMessageCount(1);
        SupplierInvoiceBatch uploaded = template.requestBodyAndHeader("qonto:supplierInvoices?operation=bulkCreate",
                pdf("Bureau Vallee February"), Exchange.FILE_NAME, "bureau-vallee.pdf", SupplierInvoiceBatch.class);
        invoices.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/supplier_invoices", 2);

        assertThat(invoices.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(QontoConstants.ID))
                .containsExactly(uploaded.supplierInvoices().get(0).id());
        assertThat(apiCalls("GET", "/v2/supplier_invoices")).allSatisfy(call -> assertThat(decodedQuery(call))
                .contains("sort_by=updated_at:asc"));
        assertThat(apiCalls("GET", "/v2/supplier_invoices")).anySatisfy(call -> assertThat(decodedQuery(call))
                .contains("filter[updated_at_from]="));
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static List<String> keysSent(RecordedRequest upload) {
        Matcher matcher = KEY_PART.matcher(upload.body());
        List<String> keys = new java.util.ArrayList<>();
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
