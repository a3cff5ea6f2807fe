package io.camelqonto.examples.springboot;

import io.camelqonto.examples.flows.testing.PaymentsExpectations;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * camel/payments.xml in demo mode: one SEPA transfer per valid row, invalid rows in the errors file with their
 * reason, and no second transfer when the same file comes again, also as Excel saves it.
 */
@TestPropertySource(properties = "camel.main.routes-include-pattern=classpath:camel/payments.xml")
class PaymentsRouteTest extends DemoModeRouteTest {

    @Test
    void createsOneTransferPerValidRowRejectsTheInvalidOnesAndNeverPaysTwice() {
        new PaymentsExpectations(demo, workDir).deliverThreeTimesAndAssertNothingPaidTwice();
    }
}
