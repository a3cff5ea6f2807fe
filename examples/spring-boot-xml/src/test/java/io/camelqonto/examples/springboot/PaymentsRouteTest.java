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
        PaymentsExpectations payments = new PaymentsExpectations(demo, workDir);
        payments.deliverFile();
        payments.assertValidRowsPaidOnceInvalidRowsRejectedEachTime();

        // the same file again: the same idempotency keys, so Qonto answers with the transfers already made
        payments.deliverFile();
        payments.assertValidRowsPaidOnceInvalidRowsRejectedEachTime();

        // and once more as Excel saves it, a byte-order mark first: still the same rows and keys, nothing paid twice
        payments.deliverFileWithByteOrderMark();
        payments.assertValidRowsPaidOnceInvalidRowsRejectedEachTime();
    }
}
