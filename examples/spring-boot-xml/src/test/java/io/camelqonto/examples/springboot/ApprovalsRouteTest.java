package io.camelqonto.examples.springboot;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.camelqonto.examples.flows.DemoEmulator;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** camel/approvals.xml in demo mode: small pending transfer requests approved, big ones declined with the note. */
@CamelSpringBootTest
@SpringBootTest(properties = {
    "camel.main.routes-include-pattern=classpath:camel/approvals.xml",
    "example.demo.sample-payments=false",
    "example.poll-delay=500"
})
@DirtiesContext
class ApprovalsRouteTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("1000.00");
    private static final String NOTE = "Above the automatic approval limit of 1000.00 EUR; please resubmit with a quote";
    /** Before the application starts: what the route decides is processed after this. */
    private static final Instant STARTED = Instant.now();

    @TempDir
    static Path workDir;

    @DynamicPropertySource
    static void workDir(DynamicPropertyRegistry registry) {
        registry.add("example.work-dir", workDir::toString);
    }

    @Autowired
    private DemoEmulator demo;

    @Test
    void approvesUpToTheThresholdAndDeclinesAboveWithANote() {
        // the edges, and amounts whose order as text differs from their order as numbers ("50.00" > "1000.00")
        List<String> added = List.of("1000.00", "1000.01", "999.99", "50.00", "12000.00").stream()
                .map(amount -> demo.emulator().store().addRequest(Map.of("amount", amount)))
                .toList();

        await().atMost(Duration.ofSeconds(30)).until(() -> transferRequests().stream()
                .noneMatch(request -> "pending".equals(request.get("status"))));

        List<Map<String, Object>> processed = transferRequests().stream()
                .filter(request -> !Instant.parse((String) request.get("processed_at")).isBefore(STARTED))
                .toList();
        assertThat(processed).extracting(request -> request.get("id")).containsAll(added);
        assertThat(processed).hasSizeGreaterThan(added.size());
        assertThat(processed).allSatisfy(request -> {
            boolean small = new BigDecimal(String.valueOf(request.get("amount"))).compareTo(THRESHOLD) <= 0;
            assertThat(request.get("status")).as("request of %s", request.get("amount"))
                    .isEqualTo(small ? "approved" : "declined");
            assertThat(request.get("declined_note")).isEqualTo(small ? null : NOTE);
        });
    }

    private List<Map<String, Object>> transferRequests() {
        return demo.emulator().store().requests().stream()
                .filter(request -> "transfer".equals(request.get("request_type")))
                .toList();
    }
}
