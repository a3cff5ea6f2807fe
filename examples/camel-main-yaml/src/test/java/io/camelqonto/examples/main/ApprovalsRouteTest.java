package io.camelqonto.examples.main;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.camelqonto.examples.flows.DemoEmulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** routes/approvals.camel.yaml against the emulator: small pending transfer requests approved, big ones declined. */
class ApprovalsRouteTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("1000.00");
    private static final String NOTE = "Above the automatic approval limit of 1000.00 EUR; please resubmit with a quote";

    @TempDir
    Path workDir;

    private DemoEmulator demo;

    @BeforeEach
    void startEmulator() {
        demo = DemoEmulator.start();
    }

    @AfterEach
    void stopEmulator() {
        demo.close();
    }

    @Test
    void approvesUpToTheThresholdAndDeclinesAboveWithANote() throws Exception {
        // the edges, and amounts whose order as text differs from their order as numbers ("50.00" > "1000.00")
        List<String> added = List.of("1000.00", "1000.01", "999.99", "50.00", "12000.00").stream()
                .map(amount -> demo.emulator().store().addRequest(Map.of("amount", amount)))
                .toList();
        List<Map<String, Object>> pendingTransfers = requests("pending", "transfer");
        List<Map<String, Object>> otherPending = demo.emulator().store().requests().stream()
                .filter(request -> "pending".equals(request.get("status")))
                .filter(request -> !"transfer".equals(request.get("request_type")))
                .toList();
        assertThat(pendingTransfers).extracting(request -> request.get("id")).containsAll(added);

        try (ExampleRun run = ExampleRun.start(demo, "approvals.camel.yaml", workDir)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> requests("pending", "transfer").isEmpty());
        }

        for (Map<String, Object> before : pendingTransfers) {
            Map<String, Object> after = demo.emulator().store().request((String) before.get("id")).orElseThrow();
            boolean small = new BigDecimal(String.valueOf(before.get("amount"))).compareTo(THRESHOLD) <= 0;
            assertThat(after.get("status")).as("request of %s", before.get("amount")).isEqualTo(small ? "approved" : "declined");
            assertThat(after.get("declined_note")).isEqualTo(small ? null : NOTE);
        }
        assertThat(otherPending).allSatisfy(request -> assertThat(
                demo.emulator().store().request((String) request.get("id")).orElseThrow().get("status")).isEqualTo("pending"));
    }

    private List<Map<String, Object>> requests(String status, String type) {
        return demo.emulator().store().requests().stream()
                .filter(request -> status.equals(request.get("status")))
                .filter(request -> type.equals(request.get("request_type")))
                .toList();
    }
}
