package io.camelqonto.component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.camelqonto.client.auth.InMemoryTokenStore;
import io.camelqonto.client.auth.OAuthTokens;
import io.camelqonto.component.health.QontoDiagnosis;
import io.camelqonto.emulator.FaultRule;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the component shows about itself (its JMX attributes, health checks, dev console and meters), while it
 * works and while Qonto refuses it, holds none of its secrets: no client secret, no refresh or access token, no
 * staging token, no full IBAN.
 */
class QontoMonitoringSecretsTest extends QontoTestSupport {

    private static final String STAGING_TOKEN = "staging-7f3a91c2e55d";
    /** Camel's own attribute: the URI as the route wrote it, with the secrets Camel knows of masked. */
    private static final String CAMELS_ENDPOINT_URI = "EndpointUri";

    private final InMemoryTokenStore tokens = new InMemoryTokenStore(null);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Set<String> secrets = new LinkedHashSet<>();

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withEnableJMX();
    }

    @Override
    protected void configure(QontoConfiguration configuration) {
        super.configure(configuration);
        tokens.save(OAuthTokens.ofRefreshToken(configuration.getRefreshToken()));
        secrets.add(configuration.getRefreshToken());
        secrets.add(configuration.getClientSecret());
        secrets.add(STAGING_TOKEN);
        configuration.setRefreshToken(null);
        configuration.setTokenStore(tokens);
        configuration.setStagingToken(STAGING_TOKEN);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", meters);
        context.getComponent("qonto", QontoComponent.class).setHealthCheckProbeInterval(100);
        return context;
    }

    @Test
    void nothingShownCarriesASecretATokenOrAFullIban() throws Exception {
        String iban = mainAccountIban();
        secrets.add(iban);
        Instant updated = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        emulator.store().addTransaction(Map.of("updated_at", updated.toString()));
        HealthCheckHelper.getHealthCheckRepository(context, "consumers");
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:transactions?iban=" + iban + "&startFrom=" + updated.minus(Duration.ofMinutes(30))
                     + "&delay=50&initialDelay=0").routeId("ledger").to("mock:out");
                from("direct:accounts").routeId("accounts").to("qonto:bankAccounts");
            }
        });
        getMockEndpoint("mock:out").expectedMessageCount(1);
        getMockEndpoint("mock:out").assertIsSatisfied(15_000);
        template.sendBody("direct:accounts", null);

        List<String> working = everythingShown();
        rememberTokens();

        emulator.faults().inject(FaultRule.builder().path("/v2/").status(401).rate(1.0).build());
        await("both checks DOWN with a reason", Duration.ofSeconds(15), () -> HealthCheckHelper.invoke(context)
                .stream().filter(result -> result.getDetails().containsKey(QontoDiagnosis.REASON)).count() == 2);
        List<String> refused = everythingShown();
        rememberTokens();

        assertThat(secrets).hasSizeGreaterThanOrEqualTo(6);
        assertThat(working).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(secrets));
        assertThat(refused).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(secrets));
        assertThat(String.join("\n", refused)).contains("refused the credentials")
                .contains(iban.substring(0, 4) + "*");
    }

    private void rememberTokens() {
        OAuthTokens current = tokens.load().orElseThrow();
        secrets.add(current.accessToken());
        secrets.add(current.refreshToken());
    }

    /** Every text the component's monitoring shows, one entry per attribute, check result, console or meter. */
    private List<String> everythingShown() throws Exception {
        List<String> shown = new ArrayList<>();
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (String type : List.of("components", "consumers")) {
            for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:context="
                    + context.getManagementName() + ",type=" + type + ",*"), null)) {
                for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                    if (!attribute.getName().equals(CAMELS_ENDPOINT_URI)) {
                        Object value = server.getAttribute(name, attribute.getName());
                        shown.add(value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value));
                    }
                }
            }
        }
        for (HealthCheck.Result result : HealthCheckHelper.invoke(context)) {
            shown.add(result.getMessage().orElse("") + " " + result.getDetails()
                      + result.getError().map(Throwable::toString).orElse(""));
        }
        DevConsole console = DevConsoleRegistry.get(context).resolveById("qonto");
        shown.add((String) console.call(DevConsole.MediaType.TEXT));
        shown.add(Jsoner.serialize(console.call(DevConsole.MediaType.JSON)));
        for (Meter meter : meters.getMeters()) {
            shown.add(meter.getId().getName() + meter.getId().getTags().stream().map(Tag::getValue).toList());
        }
        return shown;
    }
}
