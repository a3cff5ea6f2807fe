package io.camelqonto.component.springboot;

import java.time.Duration;
import java.util.List;

import io.camelqonto.client.RateLimiter;
import io.camelqonto.component.QontoComponent;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.emulator.QontoEmulator;
import io.camelqonto.model.ApprovalRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.EndpointInject;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CamelSpringBootTest
@SpringBootTest(classes = QontoStarterTest.TestApplication.class, properties = {
    "camel.component.qonto.login=" + QontoEmulator.DEFAULT_API_LOGIN,
    "camel.component.qonto.secret-key=" + QontoEmulator.DEFAULT_API_SECRET,
    "camel.component.qonto.per-page=7",
    "camel.component.qonto.sca-mode=mock",
    "camel.component.qonto.connect-timeout=2500",
    "camel.component.qonto.max-attempts=2",
    "camel.component.qonto.bridge-error-handler=true",
    "camel.component.qonto.state-repository=#bean:requestsState",
    "camel.component.qonto.rate-limiter=#bean:qontoBudget",
    "camel.component.qonto.rate-limit-per-ten-minutes=20000",
    "camel.component.qonto.call-timeout=90000",
    "camel.component.qonto.max-response-size=1048576"
})
class QontoStarterTest {

    private static final QontoEmulator EMULATOR = QontoEmulator.builder().port(0).seed(42).build().start();

    @DynamicPropertySource
    static void emulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.qonto.base-url", EMULATOR::baseUrl);
    }

    @AfterAll
    static void stopEmulator() {
        EMULATOR.stop();
    }

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private MemoryStateRepository requestsState;

    @Autowired
    private RateLimiter qontoBudget;

    @EndpointInject("mock:requests")
    private MockEndpoint requests;

    @Test
    void propertiesReachTheComponentConfiguration() {
        QontoComponent component = camelContext.getComponent("qonto", QontoComponent.class);
        QontoConfiguration configuration = component.getConfiguration();

        assertThat(configuration.getBaseUrl()).isEqualTo(EMULATOR.baseUrl());
        assertThat(configuration.getLogin()).isEqualTo(QontoEmulator.DEFAULT_API_LOGIN);
        assertThat(configuration.getSecretKey()).isEqualTo(QontoEmulator.DEFAULT_API_SECRET);
        assertThat(configuration.getPerPage()).isEqualTo(7);
        assertThat(configuration.getScaMode()).isEqualTo("mock");
        assertThat(configuration.getConnectTimeout()).isEqualTo(2500);
        assertThat(configuration.getMaxAttempts()).isEqualTo(2);
        assertThat(component.isBridgeErrorHandler()).isTrue();
        assertThat(configuration.getStateRepository()).isSameAs(requestsState);
        assertThat(component.getRateLimiter()).isSameAs(qontoBudget);
        assertThat(component.getRateLimitPerTenMinutes()).isEqualTo(20000);
        assertThat(configuration.getCallTimeout()).isEqualTo(90000);
        assertThat(configuration.getMaxResponseSize()).isEqualTo(1048576);
        // untouched options keep the component's defaults
        assertThat(configuration.getEnvironment()).isEqualTo("production");
        assertThat(configuration.getResponseTimeout()).isEqualTo(30000);
    }

    @Test
    void routeReceivesThePendingTransferRequestsOfTheEmulator() {
        List<String> pendingTransfers = EMULATOR.store().requests().stream()
                .filter(request -> "pending".equals(request.get("status")))
                .filter(request -> "transfer".equals(request.get("request_type")))
                .map(request -> (String) request.get("id"))
                .toList();
        // more than one page of 7, so the consumer's paging is exercised through the starter's perPage too
        assertThat(pendingTransfers).hasSizeGreaterThan(7);

        // the route has been polling since the context started, possibly since before this test: so the mock is
        // read rather than given expectations, which would only count the exchanges arriving after they were set
        await().atMost(Duration.ofSeconds(30)).until(() -> requests.getReceivedCounter() >= pendingTransfers.size());

        List<ApprovalRequest> received = requests.getReceivedExchanges().stream()
                .map(exchange -> exchange.getMessage().getBody(ApprovalRequest.class))
                .toList();
        assertThat(received).extracting(ApprovalRequest::id).containsExactlyInAnyOrderElementsOf(pendingTransfers);
        assertThat(received).allSatisfy(request -> {
            assertThat(request.status()).isEqualTo("pending");
            assertThat(request.requestType()).isEqualTo("transfer");
        });
        // the cursor is kept in the repository given by bean reference
        await().atMost(Duration.ofSeconds(30)).until(() -> requestsState.getState("pendingTransfers") != null);
    }

    @Configuration
    @EnableAutoConfiguration
    static class TestApplication {

        @Bean
        RateLimiter qontoBudget() {
            return RateLimiter.qontoDefault();
        }

        @Bean
        MemoryStateRepository requestsState() {
            return new MemoryStateRepository();
        }

        @Bean
        RouteBuilder pendingTransferRequests() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("qonto:requests?status=pending&requestType=transfer&stateKey=pendingTransfers&delay=60000").to("mock:requests");
                }
            };
        }
    }
}
