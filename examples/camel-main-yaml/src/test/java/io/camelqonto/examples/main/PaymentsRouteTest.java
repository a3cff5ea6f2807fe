package io.camelqonto.examples.main;

import io.camelqonto.examples.flows.testing.PaymentsExpectations;

import org.junit.jupiter.api.Test;

/**
 * routes/payments.camel.yaml against the emulator: one SEPA transfer per valid row, invalid rows in the errors file
 * with their reason, and no second transfer when the same file comes again, also as Excel saves it.
 */
class PaymentsRouteTest extends DemoModeRouteTest {

    @Test
    void createsOneTransferPerValidRowRejectsTheInvalidOnesAndNeverPaysTwice() throws Exception {
        PaymentsExpectations payments = new PaymentsExpectations(demo, workDir);
        try (ExampleRun run = ExampleRun.start(demo, "payments.camel.yaml", workDir)) {
            payments.deliverThreeTimesAndAssertNothingPaidTwice();
        }
    }
}
