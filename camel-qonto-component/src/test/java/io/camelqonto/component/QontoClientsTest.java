package io.camelqonto.component;

import java.util.List;
import java.util.Map;

import io.camelqonto.client.error.QontoNotFoundException;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.Client;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Clients through routes: listed with Qonto's filters, read, created, changed and deleted, all with an API key, which
 * Qonto accepts for clients.
 */
class QontoClientsTest extends QontoTestSupport {

    @Override
    protected void configure(QontoConfiguration configuration) {
        pointAtEmulator(configuration);
        useApiKey(configuration);
    }

    @Test
    void clientsAreListedWithQontosFilters() {
        List<?> clients = template.requestBody("qonto:clients?name=hooli&sortBy=name:asc", null, List.class);

        assertThat(clients).singleElement().satisfies(c -> assertThat(((Client) c).name()).isEqualTo("Hooli SAS"));
        RecordedRequest call = apiCalls("GET", "/v2/clients").get(0);
        assertThat(decodedQuery(call)).contains("filter[name]=hooli", "sort_by=name:asc");
        assertThat(call.header("Authorization").orElseThrow()).doesNotStartWith("Bearer");
    }

    @Test
    void aClientIsFoundByEmailWhateverItsCaseAndReadById() {
        Map<String, Object> seeded = emulator.store().clients().get(1);

        List<?> found = template.requestBodyAndHeader("qonto:clients", null, QontoConstants.QUERY,
                Map.of("email", seeded.get("email").toString().toUpperCase()), List.class);
        Client read = template.requestBodyAndHeader("qonto:client", null, QontoConstants.ID, seeded.get("id"),
                Client.class);

        assertThat(found).extracting(c -> ((Client) c).id()).containsExactly((String) seeded.get("id"));
        assertThat(read.id()).isEqualTo(seeded.get("id"));
        assertThat(read.billingAddress().city()).isEqualTo(((Map<?, ?>) seeded.get("billing_address")).get("city"));
    }

    @Test
    void aClientIsCreatedChangedAndDeleted() {
        Client created = template.requestBodyAndHeader("qonto:client",
                Map.of("kind", "freelancer", "firstName", "Jian", "lastName", "Yang", "email", "jian@example.com",
                        "currency", "EUR", "billingAddress", Map.of("streetAddress", "1 Palo Alto Way",
                                "city", "Paris", "zipCode", "75011", "countryCode", "FR")),
                QontoConstants.OPERATION, "create", Client.class);

        assertThat(created.name()).isEqualTo("Jian Yang");
        assertThat(created.city()).isEqualTo("Paris");
        assertThat(emulator.store().clients()).anySatisfy(c -> assertThat(c.get("id")).isEqualTo(created.id()));

        Client changed = template.requestBodyAndHeaders("qonto:client?operation=update",
                Map.of("email", "yang@example.com"), Map.of(QontoConstants.ID, created.id()), Client.class);
        assertThat(changed.email()).isEqualTo("yang@example.com");
        assertThat(changed.name()).isEqualTo("Jian Yang");

        template.requestBodyAndHeaders("qonto:client?operation=delete", null,
                Map.of(QontoConstants.ID, created.id()));
        assertThat(emulator.store().clients()).noneSatisfy(c -> assertThat(c.get("id")).isEqualTo(created.id()));
        assertThatThrownBy(() -> template.requestBodyAndHeader("qonto:client", null, QontoConstants.ID, created.id()))
                .isInstanceOf(CamelExecutionException.class).hasCauseInstanceOf(QontoNotFoundException.class);
    }

    @Test
    void anInvalidClientNamesEveryFieldAndSendsNothing() {
        assertThatThrownBy(() -> template.requestBodyAndHeader("qonto:client",
                Map.of("kind", "company", "email", "not-an-address", "currency", "euro",
                        "billingAddress", Map.of("countryCode", "France")),
                QontoConstants.OPERATION, "create"))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields())
                        .containsExactly("name", "email", "currency", "billing_address.country_code"));
        assertThatThrownBy(() -> template.requestBodyAndHeaders("qonto:client?operation=update", Map.of(),
                Map.of(QontoConstants.ID, emulator.store().clients().get(0).get("id"))))
                .cause().isInstanceOf(InvalidInputException.class).hasMessageContaining("client: names no field");
        assertThat(apiCalls("POST", "/v2/clients")).isEmpty();
        assertThat(apiCalls("PATCH", "/v2/clients")).isEmpty();
    }
}
