package io.camelqonto.component.springboot;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelqonto.component.QontoComponent;
import io.camelqonto.emulator.QontoEmulator;
import io.camelqonto.model.ApprovalRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
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

/**
 * The starter in an application as users run it: Spring Boot's own test support only, no Camel test harness. This is
 * also the starter test that runs on Camel 4.22 and Spring Boot 4, where the Camel Spring test harness cannot be
 * resolved.
 */
@SpringBootTest(classes = QontoStarterPlainSpringBootTest.TestApplication.class, properties = {
    "camel.component.qonto.login=" + QontoEmulator.DEFAULT_API_LOGIN,
    "camel.component.qonto.secret-key=" + QontoEmulator.DEFAULT_API_SECRET,
    "camel.component.qonto.per-page=5"
})
class QontoStarterPlainSpringBootTest {

    private static final QontoEmulator EMULATOR = QontoEmulator.builder().port(0).seed(7).build().start();

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
    private List<ApprovalRequest> received;

    @Test
    void propertiesConfigureTheComponentAndARouteConsumesThroughIt() {
        QontoComponent component = camelContext.getComponent("qonto", QontoComponent.class);
        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo(EMULATOR.baseUrl());
        assertThat(component.getConfiguration().getPerPage()).isEqualTo(5);

        List<String> pending = EMULATOR.store().requests().stream()
                .filter(request -> "pending".equals(request.get("status")))
                .map(request -> (String) request.get("id"))
                .toList();
        // more than a page, so paging runs with the page size the property set
        assertThat(pending).hasSizeGreaterThan(5);

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= pending.size());
        assertThat(received).extracting(ApprovalRequest::id).containsExactlyInAnyOrderElementsOf(pending);
    }

    @Configuration
    @EnableAutoConfiguration
    static class TestApplication {

        @Bean
        List<ApprovalRequest> received() {
            return new CopyOnWriteArrayList<>();
        }

        @Bean
        RouteBuilder pendingRequests(List<ApprovalRequest> received) {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("qonto:requests?status=pending&delay=60000")
                            .process(exchange -> received.add(exchange.getMessage().getBody(ApprovalRequest.class)));
                }
            };
        }
    }
}
