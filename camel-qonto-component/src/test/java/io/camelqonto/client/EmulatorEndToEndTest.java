package io.camelqonto.client;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.camelqonto.client.auth.ApiKeyCredentials;
import io.camelqonto.client.auth.InMemoryTokenStore;
import io.camelqonto.client.auth.OAuthCredentials;
import io.camelqonto.client.auth.OAuthTokens;
import io.camelqonto.client.error.QontoStagingTokenException;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.QontoEmulator;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.Organization;
import io.camelqonto.model.SepaTransfer;
import io.camelqonto.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against the project's Qonto emulator, end to end. */
class EmulatorEndToEndTest {

    private QontoEmulator emulator;

    @BeforeEach
    void start() {
        emulator = QontoEmulator.builder().build().start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private QontoClientConfig.Builder apiKey() {
        return QontoClientConfig.builder()
                .baseUrl(emulator.baseUrl())
                .tokenUrl(emulator.oauthTokenUrl())
                .credentials(new ApiKeyCredentials(emulator.apiKeyLogin(), emulator.apiKeySecret()))
                .stagingToken(emulator.stagingToken())
                .retryPolicy(TestClients.FAST_RETRIES);
    }

    private QontoClientConfig.Builder oauth(Set<String> scopes) {
        io.camelqonto.emulator.OAuthTokens issued = emulator.oauth().issueTokens(scopes);
        InMemoryTokenStore store = new InMemoryTokenStore(OAuthTokens.ofRefreshToken(issued.refreshToken()));
        return apiKey().credentials(new OAuthCredentials(emulator.oauthClientId(), emulator.oauthClientSecret(), store,
                null));
    }

    @Test
    void readsTheOrganizationWithAnApiKey() {
        try (QontoClient client = QontoClient.create(apiKey().build())) {
            Organization organization = client.call(QontoCall.of(QontoOperation.GET_ORGANIZATION).build(), null);
            assertThat(organization.id()).isNotBlank();
            assertThat(organization.bankAccounts()).isNotEmpty();
        }
    }

    @Test
    void paginatesEveryTransactionExactlyOnce() {
        int seeded = emulator.store().transactions().size();
        try (QontoClient client = QontoClient.create(apiKey().perPage(7).build())) {
            String bankAccountId = client.call(QontoCall.of(QontoOperation.GET_ORGANIZATION).build(), Organization.class)
                    .bankAccounts().get(0).id();
            QontoPages<Transaction> pages = client.paginate(QontoCall.of(QontoOperation.LIST_TRANSACTIONS)
                    .query("bank_account_id", bankAccountId).build(), Transaction.class);
            List<String> ids = pages.stream().map(Transaction::id).toList();

            assertThat(ids).doesNotHaveDuplicates().isNotEmpty().hasSizeLessThanOrEqualTo(seeded);
            assertThat(pages.truncated()).isFalse();
            assertThat(pages.pagesFetched()).isEqualTo((ids.size() + 6) / 7);
        }
        assertThat(emulator.journal().all()).noneMatch(r -> r.query() != null && r.query().contains("current_page"));
    }

    @Test
    void retriesInjectedServerErrors() {
        emulator.faults().inject(FaultRule.builder().method("GET").path("/v2/organization").status(503).times(2).build());

        try (QontoClient client = QontoClient.create(apiKey().build())) {
            assertThat(client.call(QontoCall.of(QontoOperation.GET_ORGANIZATION).build(), Organization.class).id())
                    .isNotBlank();
        }
        assertThat(emulator.journal().matching("GET", "/v2/organization")).extracting(RecordedRequest::status)
                .containsExactly(503, 503, 200);
    }

    @Test
    void theSandboxWantsItsStagingToken() {
        emulator.close();
        emulator = QontoEmulator.builder().stagingToken("stg-e2e-7f3a").build().start();
        QontoCall organization = QontoCall.of(QontoOperation.GET_ORGANIZATION).build();

        try (QontoClient client = QontoClient.create(apiKey().stagingToken(null).build())) {
            assertThatThrownBy(() -> client.execute(organization)).isInstanceOf(QontoStagingTokenException.class);
        }
        try (QontoClient client = QontoClient.create(apiKey().stagingToken("stg-e2e-7f3a").build())) {
            assertThat(client.call(organization, Organization.class).id()).isNotBlank();
        }
    }

    @Test
    void oauthRefreshesAndRecoversFromExpiredAccessTokens() {
        try (QontoClient client = QontoClient.create(oauth(Set.of("offline_access", "organization.read")).build())) {
            QontoCall organization = QontoCall.of(QontoOperation.GET_ORGANIZATION).build();
            assertThat(client.call(organization, Organization.class).id()).isNotBlank();

            emulator.oauth().expireAccessTokens();
            assertThat(client.call(organization, Organization.class).id()).isNotBlank();
        }
        assertThat(emulator.journal().matching("GET", "/v2/organization")).extracting(RecordedRequest::status)
                .containsExactly(200, 401, 200);
    }

    @Test
    void createsASepaTransferThroughPayeeVerificationAndMockedSca() {
        emulator.sca().required(true);
        Set<String> scopes = new HashSet<>(Set.of("offline_access", "organization.read", "payment.write"));
        try (QontoClient client = QontoClient.create(oauth(scopes).scaMode(ScaMode.MOCK)
                .scaPollInterval(Duration.ofSeconds(1)).build())) {
            String bankAccountId = client.call(QontoCall.of(QontoOperation.GET_ORGANIZATION).build(), Organization.class)
                    .bankAccounts().get(0).id();
            NewSepaTransfer transfer = new NewSepaTransfer(bankAccountId, null,
                    NewSepaBeneficiary.of("Default Match Person", TestClients.OTHER_IBAN), "Invoice 42", "12.50", null,
                    null, null);

            SepaTransfer created = client.createSepaTransfer(transfer, null, "e2e-transfer-1", null);
            SepaTransfer again = client.createSepaTransfer(transfer, null, "e2e-transfer-1", null);

            assertThat(created.id()).isNotBlank();
            assertThat(again.id()).as("same idempotency key, same transfer").isEqualTo(created.id());
        }
        List<RecordedRequest> creates = emulator.journal().matching("POST", "/v2/sepa/transfers");
        assertThat(creates).extracting(RecordedRequest::status).containsExactly(428, 200, 200);
        assertThat(creates.get(1).header("X-Qonto-Sca-Session-Token")).isPresent();
        assertThat(creates).allSatisfy(r -> {
            assertThat(r.header("X-Qonto-Idempotency-Key")).contains("e2e-transfer-1");
            assertThat(r.header("X-Qonto-2fa-Preference")).contains("mock");
        });
        assertThat(emulator.journal().all()).filteredOn(r -> r.path().startsWith("/v2/mocked_sca_sessions/"))
                .singleElement()
                .satisfies(r -> assertThat(r.path()).endsWith("/allow"));
    }
}
