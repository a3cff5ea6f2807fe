package io.camelqonto.examples.main;

import java.util.List;

import io.camelqonto.examples.flows.testing.ApprovalsExpectations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** routes/approvals.camel.yaml against the emulator: small pending transfer requests approved, big ones declined. */
class ApprovalsRouteTest extends DemoModeRouteTest {

    @Test
    void approvesUpToTheThresholdAndDeclinesAboveWithANote() throws Exception {
        ApprovalsExpectations approvals = new ApprovalsExpectations(demo);
        List<String> added = approvals.addRequestsAroundTheLimit();
        List<String> pendingTransfers = approvals.pendingTransferRequestIds();
        List<String> otherPending = approvals.pendingOtherRequestIds();
        assertThat(pendingTransfers).containsAll(added);

        try (ExampleRun run = ExampleRun.start(demo, "approvals.camel.yaml", workDir)) {
            approvals.awaitNoTransferRequestPending();
        }

        approvals.assertDecidedByTheLimit(pendingTransfers);
        approvals.assertStillPending(otherPending);
    }
}
