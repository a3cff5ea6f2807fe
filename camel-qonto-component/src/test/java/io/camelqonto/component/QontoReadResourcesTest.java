package io.camelqonto.component;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.BankAccount;
import io.camelqonto.model.Label;
import io.camelqonto.model.Membership;
import io.camelqonto.model.Statement;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The read resources added through the catalog alone: bank account, labels, memberships, statements and files. */
class QontoReadResourcesTest extends QontoTestSupport {

    @Test
    void aBankAccountIsReadById() {
        String id = mainAccountId();

        Exchange result = template.request("qonto:bankAccount", e -> e.getMessage().setHeader(QontoConstants.ID, id));

        assertThat(result.getMessage().getBody(BankAccount.class).id()).isEqualTo(id);
        assertThat(result.getMessage().getHeader(QontoConstants.STATUS)).isEqualTo("active");
    }

    @Test
    void labelsAreListedAndReadById() {
        List<?> labels = template.requestBody("qonto:labels", null, List.class);
        Label first = (Label) labels.get(0);

        Label read = template.requestBodyAndHeader("qonto:label", null, QontoConstants.ID, first.id(), Label.class);

        assertThat(labels).hasSize(emulator.store().labels().size());
        assertThat(read).isEqualTo(first);
    }

    @Test
    void membershipsAreListed() {
        List<?> memberships = template.requestBody("qonto:memberships?perPage=2", null, List.class);

        assertThat(memberships).hasSize(emulator.store().memberships().size())
                .allSatisfy(m -> assertThat(((Membership) m).id()).isNotBlank());
        assertThat(apiCalls("GET", "/v2/memberships")).hasSizeGreaterThan(1);
    }

    @Test
    void statementsAreFilteredByAnIbanThatNeverGoesOutInAUrl() {
        String iban = mainAccountIban();

        List<?> statements = template.requestBodyAndHeader("qonto:statements?periodFrom=01-2025&periodTo=06-2025",
                null, QontoConstants.QUERY, Map.of("ibans", iban), List.class);

        assertThat(statements).hasSize(6).allSatisfy(s -> assertThat(((Statement) s).bankAccountId())
                .isEqualTo(mainAccountId()));
        RecordedRequest call = apiCalls("GET", "/v2/statements").get(0);
        assertThat(decodedQuery(call)).contains("bank_account_ids[]=" + mainAccountId()).contains("period_from=01-2025")
                .doesNotContain(iban).doesNotContain("ibans");
    }

    @Test
    void aStatementIsReadByIdWithTheLinkToItsFile() {
        Map<String, Object> stored = emulator.store().statements().get(0);
        String id = (String) stored.get("id");

        Statement read = template.requestBodyAndHeader("qonto:statement", null, QontoConstants.ID, id, Statement.class);

        assertThat(read.id()).isEqualTo(id);
        assertThat(read.bankAccountId()).isEqualTo(stored.get("bank_account_id"));
        assertThat(read.period()).isEqualTo(stored.get("period"));
        assertThat(read.file().fileName()).isEqualTo(((Map<?, ?>) stored.get("file")).get("file_name"));
        assertThat(read.file().fileContentType()).isEqualTo("application/pdf");
        assertThat(read.file().fileUrl()).startsWith(emulator.baseUrl() + "/_files/statements/" + id + ".pdf?");
    }

    @Test
    void aStatementsFileIsStreamedWithItsTypeNameAndLength() throws Exception {
        Map<String, Object> stored = emulator.store().statements().get(0);
        String id = (String) stored.get("id");

        Exchange result = template.request("qonto:statement?operation=downloadFile",
                e -> e.getMessage().setHeader(QontoConstants.ID, id));

        assertThat(result.getException()).isNull();
        Object body = result.getMessage().getBody();
        assertThat(body).isInstanceOf(InputStream.class);
        byte[] pdf;
        try (InputStream in = (InputStream) body) {
            pdf = in.readAllBytes();
        }
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(result.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/pdf");
        assertThat(result.getMessage().getHeader(Exchange.FILE_NAME, String.class)).endsWith(".pdf");
        assertThat(result.getMessage().getHeader(Exchange.CONTENT_LENGTH, Long.class)).isEqualTo((long) pdf.length);
        // the pre-signed link is fetched without credentials
        RecordedRequest download = emulator.journal().matching("GET", "/_files/").get(0);
        assertThat(download.header("Authorization")).isEmpty();
    }
}
