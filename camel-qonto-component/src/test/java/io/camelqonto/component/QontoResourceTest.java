package io.camelqonto.component;

import java.util.Arrays;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.model.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The resource table: what each URI path allows, checked against the client's operation catalog. */
class QontoResourceTest {

    @Test
    void collectionsAreListedThroughAPagedOperationAndConsumedOnlyWithATimeCursor() {
        for (QontoResource resource : QontoResource.values()) {
            if (resource.isCollection()) {
                assertThat(resource.operations().get(QontoOperations.list).paged()).as(resource.name()).isTrue();
                assertThat(resource.defaultOperation()).as(resource.name()).isEqualTo(QontoOperations.list);
            } else {
                assertThat(resource.isConsumable()).as(resource.name()).isFalse();
            }
        }
        assertThat(Arrays.stream(QontoResource.values()).filter(QontoResource::isConsumable))
                .containsExactly(QontoResource.requests, QontoResource.transactions, QontoResource.sepaTransfers);
        assertThat(QontoResource.transactions.cursorFields()).startsWith("updated_at");
        assertThat(QontoResource.requests.cursorFields()).containsExactly("created_at", "processed_at");
    }

    @Test
    void singularResourcesHaveTheDefaultsOfTheDesign() {
        assertThat(QontoResource.sepaTransfer.defaultOperation()).isEqualTo(QontoOperations.create);
        assertThat(QontoResource.transaction.defaultOperation()).isEqualTo(QontoOperations.get);
        assertThat(QontoResource.sepaBeneficiary.defaultOperation()).isEqualTo(QontoOperations.get);
        assertThat(QontoResource.organization.defaultOperation()).isEqualTo(QontoOperations.get);
        assertThat(QontoResource.request.defaultOperation()).isNull();
        assertThat(QontoResource.request.operation("approve", "operation")).isEqualTo(QontoOperation.APPROVE_REQUEST);
    }

    @Test
    void everyFilterOptionBecomesOneQueryParameterPerResource() {
        for (QontoResource resource : QontoResource.values()) {
            assertThat(resource.filters()).extracting(QontoFilter::option).as(resource.name()).doesNotHaveDuplicates();
        }
        assertThat(QontoResource.allFilters()).containsKeys("status", "requestType", "bankAccountId", "iban", "trusted",
                "includeExternalAccounts");
    }

    @Test
    void anUnknownPathNamesTheKnownResources() {
        assertThatThrownBy(() -> QontoResource.fromPath("cards"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'cards' is not a Qonto resource")
                .hasMessageContaining("requests, request, transactions, transaction, sepaTransfers, sepaTransfer,"
                                      + " sepaBeneficiaries, sepaBeneficiary, organization, bankAccounts");
    }
}
