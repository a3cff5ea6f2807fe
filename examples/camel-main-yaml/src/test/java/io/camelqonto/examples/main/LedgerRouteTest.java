package io.camelqonto.examples.main;

import java.util.Set;

import io.camelqonto.examples.flows.testing.LedgerExpectations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * routes/ledger.camel.yaml against the emulator: the completed transactions of the main account, once each, in one
 * file per month of settlement, also across a restart and after edits.
 */
class LedgerRouteTest extends DemoModeRouteTest {

    @Test
    void writesEachCompletedTransactionOfTheAccountOnceInItsMonthFile() throws Exception {
        LedgerExpectations ledger = new LedgerExpectations(demo, workDir);
        Set<String> expected = ledger.completedTransactionIds();
        assertThat(expected).hasSizeGreaterThan(10);

        try (ExampleRun run = ExampleRun.start(demo, "ledger.camel.yaml", workDir)) {
            ledger.awaitRows(expected.size());
        }
        ledger.assertHoldsExactly(expected);

        // a restart resumes from the cursor in the state file: only the new transaction is added, not one that was
        // merely edited since it was written
        ledger.editOneOf(expected);
        String added = ledger.addTransactionWithALabelToQuote();
        Set<String> afterRestart = ledger.completedTransactionIds();
        assertThat(afterRestart).hasSize(expected.size() + 1);
        try (ExampleRun run = ExampleRun.start(demo, "ledger.camel.yaml", workDir)) {
            ledger.awaitRows(afterRestart.size());
        }
        ledger.assertHoldsExactly(afterRestart);
        ledger.assertLabelReadsBack(added);
    }
}
