package io.camelqonto.examples.springboot;

import java.time.Instant;
import java.util.List;

import io.camelqonto.examples.flows.testing.ApprovalsExpectations;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** camel/approvals.xml in demo mode: small pending transfer requests approved, big ones declined with the note. */
@TestPropertySource(properties = "camel.main.routes-include-pattern=classpath:camel/approvals.xml")
class ApprovalsRouteTest extends DemoModeRouteTest {

    /** Before the application starts: what the route decides is processed after this. */
    private static final Instant STARTED = Instant.now();

    @Test
    void approvesUpToTheThresholdAndDeclinesAboveWithANote() {
        ApprovalsExpectations approvals = new ApprovalsExpectations(demo);
        List<String> otherPending = approvals.pendingOtherRequestIds();
        List<String> added = approvals.addRequestsAroundTheLimit();
        approvals.awaitNoTransferRequestPending();

        // the route has been polling since the application started: the seeded pending requests are decided too
        List<String> decided = approvals.transferRequestIdsProcessedSince(STARTED);
        assertThat(decided).containsAll(added).hasSizeGreaterThan(added.size());
        approvals.assertDecidedByTheLimit(decided);
        approvals.assertStillPending(otherPending);
    }
}
