package io.camelqonto.examples.springboot;

import java.util.Set;

import io.camelqonto.examples.flows.testing.LedgerExpectations;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * camel/ledger.xml in demo mode: the completed transactions of the main account, once each, in one file per month
 * of settlement; a transaction completed later is appended by a later poll, and one edited later is not written again.
 */
@TestPropertySource(properties = "camel.main.routes-include-pattern=classpath:camel/ledger.xml")
class LedgerRouteTest extends DemoModeRouteTest {

    @Test
    void writesEachCompletedTransactionOfTheAccountOnceInItsMonthFile() {
        LedgerExpectations ledger = new LedgerExpectations(demo, workDir);
        Set<String> expected = ledger.completedTransactionIds();
        assertThat(expected).hasSizeGreaterThan(10);
        ledger.awaitRows(expected.size());
        ledger.assertHoldsExactly(expected);

        // a transaction edited since it was written stays written once; a new one is appended
        ledger.editOneOf(expected);
        String added = ledger.addTransactionWithALabelToQuote();
        Set<String> withTheNewOne = ledger.completedTransactionIds();
        assertThat(withTheNewOne).hasSize(expected.size() + 1);
        ledger.awaitRows(withTheNewOne.size());
        ledger.assertHoldsExactly(withTheNewOne);
        ledger.assertLabelReadsBack(added);
    }
}
