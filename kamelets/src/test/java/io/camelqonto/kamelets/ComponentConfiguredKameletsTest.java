package io.camelqonto.kamelets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.camelqonto.component.QontoComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kamelets given no credentials, environment or SCA mode use those of the qonto component, and then no secret shows in
 * any log event, with every logger at TRACE. (Camel 4.18 itself logs the values of kamelet properties at DEBUG, which
 * is why the README keeps credentials on the component.)
 */
class ComponentConfiguredKameletsTest extends KameletTestSupport {

    private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Map<Logger, Level> previousLevels = new HashMap<>();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    // set while CamelTestSupport's constructor asks for the properties, hence no initializer
    private String refreshToken;

    @Override
    protected void kameletProperties(Properties properties) {
        refreshToken = emulator().oauth().issueTokens(ALL_SCOPES).refreshToken();
        properties.put("camel.kamelet.qonto-requests-source.delay", "100");
        properties.put("camel.kamelet.qonto-request-action.declinedNote", "Not in this quarter's budget");
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        useOAuthOnTheComponent(context, refreshToken);
        context.getComponent("qonto", QontoComponent.class).getConfiguration().setScaMode("mock");
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:qonto-requests-source?requestType=virtual_card")
                        .to("kamelet:qonto-request-action?operation=decline");
                from("direct:pay").to("kamelet:qonto-sepa-transfer-sink");
                from("direct:approve").to("kamelet:qonto-request-action?operation=approve");
                from("kamelet:qonto-transactions-source?bankAccountId=" + mainAccountId() + "&startFrom=now&delay=100")
                        .to("mock:transactions");
            }
        };
    }

    @BeforeEach
    void everyLoggerAtTrace() {
        for (Logger logger : logging.getLoggerList()) {
            if (logger.getLevel() != null) {
                previousLevels.put(logger, logger.getLevel());
                logger.setLevel(Level.TRACE);
            }
        }
        Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
        previousLevels.putIfAbsent(root, root.getLevel());
        root.setLevel(Level.TRACE);
        captured.setContext(logging);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restoreLevels() {
        logging.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(captured);
        previousLevels.forEach(Logger::setLevel);
    }

    @Test
    void kameletsWithoutCredentialsUseTheComponentsAndLogNoSecret() throws Exception {
        List<String> virtualCards = requests("pending", "virtual_card").stream().map(r -> (String) r.get("id"))
                .toList();
        assertThat(virtualCards).isNotEmpty();

        Map<String, Object> transferRequest = requests("pending", "transfer").get(0);
        // approving asks for SCA, which only the component's scaMode=mock lets through
        template.send("direct:approve", e -> {
            e.getMessage().setHeader("CamelQontoId", transferRequest.get("id"));
            e.getMessage().setHeader("CamelQontoRequestType", "transfer");
        });
        template.requestBody("direct:pay", Map.of("bank_account_id", mainAccountId(),
                "beneficiary_id", trustedBeneficiaryId(), "amount", "64.00", "reference", "Paid with the component's"));
        await("the virtual card requests declined", Duration.ofSeconds(15), () -> virtualCards.stream()
                .allMatch(id -> "declined".equals(emulator().store().request(id).orElseThrow().get("status"))));
        awaitMorePolls("/v2/transactions", 2);
        context.stop();

        assertThat(emulator().store().request((String) transferRequest.get("id")).orElseThrow().get("status"))
                .isEqualTo("approved");
        assertThat(emulator().store().sepaTransfers())
                .anySatisfy(t -> assertThat(t.get("reference")).isEqualTo("Paid with the component's"));
        List<String> secrets = List.of(CLIENT_SECRET, refreshToken);
        List<String> events = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            events.add(event.getFormattedMessage()
                       + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())));
        }
        assertThat(events).hasSizeGreaterThan(100);
        assertThat(events).allSatisfy(event -> assertThat(event).doesNotContain(secrets));
    }
}
