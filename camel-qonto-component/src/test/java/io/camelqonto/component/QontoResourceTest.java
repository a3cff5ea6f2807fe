package io.camelqonto.component;

import java.util.List;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Action;
import io.camelqonto.client.catalog.CursorField;
import io.camelqonto.model.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The resources as the catalog rows make them: what each URI path allows. */
class QontoResourceTest {

    @Test
    void collectionsAreListedThroughAPagedOperationAndConsumedWithATimeCursorOrByDiff() {
        for (QontoResource resource : QontoResource.all()) {
            if (resource.isCollection()) {
                assertThat(resource.operations().get(Action.list).paged()).as(resource.name()).isTrue();
                assertThat(resource.defaultAction()).as(resource.name()).isEqualTo(Action.list);
            } else {
                assertThat(resource.isConsumable()).as(resource.name()).isFalse();
            }
        }
        assertThat(QontoResource.all().stream().filter(QontoResource::isConsumable).map(QontoResource::name))
                .contains("requests", "transactions", "sepaTransfers", "cards", "teams", "memberships");
        assertThat(QontoResource.fromPath("cards").cursorFields()).as("consumed by diff").isEmpty();
        assertThat(QontoResource.fromPath("transactions").cursorFields()).extracting(CursorField::name)
                .startsWith("updated_at");
        assertThat(QontoResource.fromPath("requests").cursorFields()).extracting(CursorField::name)
                .containsExactly("created_at", "processed_at");
    }

    @Test
    void singularResourcesHaveTheDefaultsOfTheDesign() {
        assertThat(QontoResource.fromPath("sepaTransfer").defaultAction()).isEqualTo(Action.create);
        assertThat(QontoResource.fromPath("transaction").defaultAction()).isEqualTo(Action.get);
        assertThat(QontoResource.fromPath("sepaBeneficiary").defaultAction()).isEqualTo(Action.get);
        assertThat(QontoResource.fromPath("organization").defaultAction()).isEqualTo(Action.get);
        assertThat(QontoResource.fromPath("request").defaultAction()).isNull();
        assertThat(QontoResource.fromPath("request").operation(Action.approve, "operation"))
                .isEqualTo(QontoOperation.APPROVE_REQUEST);
        assertThatThrownBy(() -> QontoResource.fromPath("request").operation(Action.create, "operation"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'create' is not an operation of request; allowed: approve, decline");
    }

    @Test
    void everyOptionOfAResourceIsDeclaredByOneOfItsRows() {
        QontoResource transactions = QontoResource.fromPath("transactions");
        assertThat(transactions.options()).containsKeys("bankAccountId", "iban", "status", "updatedAtFrom", "sortBy")
                .doesNotContainKeys("requestType", "trusted");
        assertThat(transactions.options().get("status").name()).isEqualTo("status[]");
        assertThat(QontoResource.fromPath("request").options()).containsOnlyKeys("debitIban", "declinedNote");
        assertThat(QontoResource.resourcesWithOption("status"))
                .contains("transactions", "requests", "sepaTransfers", "sepaBeneficiaries", "clientInvoices", "quotes",
                        "paymentLinks", "externalTransfers", "legacyBeneficiaries").doesNotContain("request", "labels", "clientInvoice");
        assertThat(QontoResource.fromPath("clientInvoices").options().get("status").name()).isEqualTo("filter[status]");
    }

    @Test
    void anUnknownPathNamesTheKnownResources() {
        assertThatThrownBy(() -> QontoResource.fromPath("cardz"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'cardz' is not a Qonto resource")
                .hasMessageContaining("organization, bankAccounts, bankAccount, transactions, transaction, requests,"
                                      + " request, sepaTransfers, sepaTransfer, sepaBeneficiaries, sepaBeneficiary");
    }

    @Test
    void everyRowBelongsToExactlyOneResourceAction() {
        for (QontoOperation operation : QontoOperation.values()) {
            assertThat(QontoOperation.find(operation.resource(), operation.action())).contains(operation);
        }
        assertThat(List.of(QontoOperation.values())).allSatisfy(op -> assertThat(op.summary()).isNotBlank());
    }
}
