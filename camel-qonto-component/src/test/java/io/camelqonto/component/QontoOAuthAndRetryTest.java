package io.camelqonto.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.OAuthTokens;
import io.camelqonto.model.Organization;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What the component adds around the client: token persistence and sharing, and retries. */
class QontoOAuthAndRetryTest extends QontoTestSupport {

    @TempDir
    static Path tokens;

    private static OAuthTokens consent;

    @Override
    protected void configure(QontoConfiguration configuration) {
        pointAtEmulator(configuration);
        consent = emulator.oauth().issueTokens(ALL_SCOPES);
        configuration.setClientId(emulator.oauthClientId());
        configuration.setClientSecret(emulator.oauthClientSecret());
        configuration.setRefreshToken(consent.refreshToken());
        configuration.setTokenFile(tokens.resolve("qonto-tokens-" + getCurrentTestName() + ".properties").toString());
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:organization").to("qonto:organization");
                // other client options, hence another client: it must still share the grant's token store
                from("direct:organization-patient").to("qonto:organization?responseTimeout=60000");
            }
        };
    }

    @Test
    void theRotatedRefreshTokenIsKeptInTheTokenFileAndSharedByTheEndpointsOfTheGrant() throws Exception {
        Organization first = template.requestBody("direct:organization", null, Organization.class);
        Organization second = template.requestBody("direct:organization-patient", null, Organization.class);

        assertThat(first.id()).isNotBlank().isEqualTo(second.id());
        Properties stored = new Properties();
        try (var in = Files.newBufferedReader(Path.of(context.getComponent("qonto", QontoComponent.class)
                .getConfiguration().getTokenFile()))) {
            stored.load(in);
        }
        assertThat(stored.getProperty("refresh_token")).isNotBlank().isNotEqualTo(consent.refreshToken());
        assertThat(stored.getProperty("access_token")).isNotBlank();
        // one refresh for both endpoints: the second one found the fresh access token in the shared store
        assertThat(emulator.journal().matching("POST", "/oauth2/token")).hasSize(1);
    }

    @Test
    void aRestartedComponentKeepsTheRotatedRefreshTokenOfAnInMemoryStore() throws Exception {
        QontoConfiguration inMemory = new QontoConfiguration();
        pointAtEmulator(inMemory);
        useOAuth(inMemory);
        QontoComponent component = new QontoComponent();
        component.setCamelContext(context);
        component.start();

        QontoClient before = component.clientFor(inMemory);
        before.call(QontoCall.of(QontoOperation.GET_ORGANIZATION).build(), Organization.class);
        component.stop();
        component.start();
        QontoClient after = component.clientFor(inMemory);
        Organization organization = after.call(QontoCall.of(QontoOperation.GET_ORGANIZATION).build(),
                Organization.class);
        component.stop();

        assertThat(after).isNotSameAs(before);
        assertThat(organization.id()).isNotBlank();
        // the new client found the refreshed tokens: the configured refresh token, spent by now, was not used again
        assertThat(emulator.journal().matching("POST", "/oauth2/token")).hasSize(1);
    }

    @Test
    void a429IsRetriedAfterTheRetryAfterQontoAsksFor() {
        emulator.faults().inject(FaultRule.builder().method("GET").path("/v2/organization").status(429)
                .retryAfterSeconds(1).build());

        long start = System.nanoTime();
        Organization organization = template.requestBody("direct:organization", null, Organization.class);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(organization.id()).isNotBlank();
        assertThat(apiCalls("GET", "/v2/organization")).extracting(call -> call.status()).containsExactly(429, 200);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(900);
    }
}
