package io.camelqonto.component;

import java.util.List;
import java.util.Map;

import io.camelqonto.client.error.QontoValidationException;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.DocumentEmail;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.Quote;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Quotes through routes: listed, read, written, sent and deleted. */
class QontoQuotesTest extends QontoTestSupport {

    @Test
    void pendingQuotesAreListedAndOneIsReadFromItsWrappedAnswer() {
        List<?> pending = template.requestBody("qonto:quotes?status=pending_approval", null, List.class);
        Quote first = (Quote) pending.get(0);

        Quote read = template.requestBodyAndHeader("qonto:quote", null, QontoConstants.ID, first.id(), Quote.class);

        assertThat(pending).hasSize((int) emulator.store().quotes().stream()
                .filter(q -> "pending_approval".equals(q.get("status"))).count());
        assertThat(read).isEqualTo(first);
        assertThat(read.items()).isNotEmpty();
        RecordedRequest call = apiCalls("GET", "/v2/quotes").get(0);
        assertThat(decodedQuery(call)).contains("filter[status]=pending_approval");
    }

    @Test
    void theCountOfQuotesComesFromTheirOwnMeta() {
        Object count = template.request("qonto:quotes?perPage=2&maxPages=1", e -> { })
                .getMessage().getHeader(QontoConstants.TOTAL_COUNT);
        assertThat(count).isEqualTo(emulator.store().quotes().size());
    }

    @Test
    void aQuoteIsWrittenSentAndThenNoLongerDeleted() {
        Quote created = template.requestBodyAndHeader("qonto:quote", Map.of(
                "clientId", emulator.store().clients().get(2).get("id"), "issueDate", "2025-06-01",
                "expiryDate", "2025-07-01", "currency", "EUR", "termsAndConditions", "Valid one month.",
                "items", List.of(Map.of("title", "Design sprint", "quantity", "3",
                        "unitPrice", Map.of("value", "800.00", "currency", "EUR"), "vatRate", "0.2")),
                "discount", Map.of("type", "absolute", "value", "400.00")),
                QontoConstants.OPERATION, "create", Quote.class);
        assertThat(created.status()).isEqualTo("pending_approval");
        assertThat(created.discount().amount().value()).isEqualTo("400.00");
        assertThat(created.totalAmount().value()).isEqualTo("2400.00");

        Quote changed = template.requestBodyAndHeaders("qonto:quote?operation=update",
                Map.of("expiryDate", "2025-08-01"), Map.of(QontoConstants.ID, created.id()), Quote.class);
        assertThat(changed.expiryDate()).hasToString("2025-08-01");

        template.requestBodyAndHeader("qonto:quote?operation=send",
                new DocumentEmail(List.of("monica.hall@example.com"), "Our quote", "Hello Monica", false, null),
                QontoConstants.ID, created.id());
        assertThat(apiCalls("POST", "/v2/quotes/" + created.id() + "/send").get(0).body())
                .contains("\"copy_to_self\":false", "\"email_body\":\"Hello Monica\"");

        assertThatThrownBy(() -> template.requestBodyAndHeader("qonto:quote?operation=delete", null,
                QontoConstants.ID, created.id()))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(QontoValidationException.class)
                .satisfies(e -> assertThat(((QontoValidationException) e).codes()).contains("quote_already_sent"));
        assertThat(emulator.store().quotes()).anySatisfy(q -> assertThat(q.get("id")).isEqualTo(created.id()));
    }

    @Test
    void aQuoteThatWasNotSentIsDeleted() {
        String id = (String) emulator.store().quotes().get(1).get("id");

        template.requestBodyAndHeader("qonto:quote?operation=delete", null, QontoConstants.ID, id);

        assertThat(emulator.store().quotes()).noneSatisfy(q -> assertThat(q.get("id")).isEqualTo(id));
    }

    @Test
    void anInvalidQuoteOrEmailNamesEveryFieldAndSendsNothing() {
        assertThatThrownBy(() -> template.requestBodyAndHeader("qonto:quote", Map.of("issueDate", "2025-06-01",
                "expiryDate", "2025-05-01", "currency", "EUR", "items", List.of(),
                "discount", Map.of("type", "percentage", "value", "15")), QontoConstants.OPERATION, "create"))
                .cause().isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactly("client_id",
                        "terms_and_conditions", "expiry_date", "items", "discount.value"));
        assertThatThrownBy(() -> template.requestBodyAndHeader("qonto:quote?operation=send",
                Map.of("sendTo", List.of("nobody")), QontoConstants.ID, emulator.store().quotes().get(0).get("id")))
                .cause().isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields())
                        .containsExactly("send_to[0]", "email_title"));
        assertThat(apiCalls("POST", "/v2/quotes")).isEmpty();
    }
}
