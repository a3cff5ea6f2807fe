package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.TransactionDocument;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.store.DataStore;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Gives a deterministic share of the seeded transactions the rarer operation types and their detail objects
 * (cheque numbers, direct debit collections and holds, financing installments, PagoPA payments), so that
 * clients meet every sub-object of Qonto's transaction. It runs once everything else is seeded, and changes
 * no amount, side, date, id or balance: the rest of the seeded data stays what it was before it existed.
 */
final class TransactionDetailsSeeder {

    private static final int COLLECTION_EVERY = 6;
    private static final int HOLD_EVERY = 3;
    private static final int INSTALLMENT_EVERY = 3;
    private static final int PAGOPA_EVERY = 4;
    private static final int INSTALLMENTS = 3;
    /** Merchants of purchases large enough to be paid in installments. */
    private static final Set<String> FINANCED_MERCHANTS = Set.of("Fnac Pro", "Air France");
    private static final String PAGOPA_CREDITOR = "Agenzia delle Entrate";
    /** Qonto prints rates as decimal strings. */
    private static final String GUARDING_RATE = "10.0";

    private final SeedContext context;
    private final DataStore store;

    TransactionDetailsSeeder(SeedContext context, DataStore store) {
        this.context = context;
        this.store = store;
    }

    /** Transactions of connected external accounts come from another bank, which reports none of these. */
    void seed() {
        List<ObjectNode> own = store.transactions().where(tx -> !tx.get("is_external_transaction").asBoolean());
        everyNth(own, type("cheque"), 1, (tx, n) -> check(tx));
        everyNth(own, type("income"), COLLECTION_EVERY, (tx, n) -> collection(tx));
        everyNth(own, type("qonto_fee"), HOLD_EVERY, (tx, n) -> hold(tx));
        everyNth(own, type("card").and(tx -> FINANCED_MERCHANTS.contains(tx.get("label").asText())),
                INSTALLMENT_EVERY, this::installment);
        everyNth(own, type("direct_debit").and(tx -> "tax".equals(tx.get("category").asText())), PAGOPA_EVERY,
                (tx, n) -> pagopa(tx));
    }

    /** The first matching transaction and every n-th after it, so that each kind exists whatever the seed. */
    private static void everyNth(List<ObjectNode> transactions, Predicate<ObjectNode> candidate, int every,
            BiConsumer<ObjectNode, Integer> change) {
        List<ObjectNode> candidates = transactions.stream().filter(candidate).toList();
        for (int i = 0; i < candidates.size(); i += every) {
            change.accept(candidates.get(i), i / every);
        }
    }

    private static Predicate<ObjectNode> type(String operationType) {
        return tx -> operationType.equals(tx.get("operation_type").asText());
    }

    /** French cheques carry a seven-digit number and a two-digit key. */
    private void check(ObjectNode tx) {
        tx.set("check", Json.object().put("check_number", context.digits(7)).put("check_key", context.digits(2)));
    }

    /** A customer paying by a SEPA direct debit the organization collected. */
    private static void collection(ObjectNode tx) {
        TransactionDocument.changeOperationType(tx, "direct_debit_collection");
    }

    /** Qonto holds back a share of the direct debits an organization collects; Qonto debits it, as a fee. */
    private static void hold(ObjectNode tx) {
        TransactionDocument.changeOperationType(tx, "direct_debit_hold");
        tx.putNull("vat_amount").putNull("vat_amount_cents").putNull("vat_rate");
        tx.set("direct_debit_hold", Json.object().put("guarding_rate", GUARDING_RATE));
    }

    private void installment(ObjectNode tx, int index) {
        TransactionDocument.changeOperationType(tx, "financing_installment");
        tx.putNull("card_last_digits");
        tx.set("financing_installment", Json.object()
                .put("total_installments_number", INSTALLMENTS)
                .put("current_installment_number", index % INSTALLMENTS + 1));
    }

    /** An Italian public administration payment: the notice number ends with the payment's IUV. */
    private void pagopa(ObjectNode tx) {
        TransactionDocument.changeOperationType(tx, "pagopa_payment");
        tx.put("label", PAGOPA_CREDITOR).put("clean_counterparty_name", PAGOPA_CREDITOR);
        String iuv = context.digits(15);
        tx.set("pagopa_payment", Json.object()
                .put("notice_number", "3" + context.digits(2) + iuv)
                .put("creditor_fiscal_code", context.digits(11))
                .put("iuv", iuv));
    }
}
