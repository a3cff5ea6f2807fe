package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The shape of a transaction document: Qonto's field list, in the order of its API reference. */
public final class TransactionDocument {

    /** The counterparty sub-object each operation type fills in; the others stay null. */
    private static final Map<String, String> COUNTERPARTY_FIELDS = Map.of(
            "transfer", "transfer",
            "income", "income",
            "swift_income", "swift_income",
            "direct_debit", "direct_debit",
            "direct_debit_collection", "direct_debit_collection");

    private static final Map<String, String> SUBJECT_TYPES = Map.ofEntries(
            Map.entry("card", "Card"),
            Map.entry("transfer", "Transfer"),
            Map.entry("income", "Income"),
            Map.entry("swift_income", "SwiftIncome"),
            Map.entry("direct_debit", "DirectDebit"),
            Map.entry("direct_debit_collection", "DirectDebitCollection"),
            Map.entry("direct_debit_hold", "DirectDebitHold"),
            Map.entry("financing_installment", "FinancingInstallment"),
            Map.entry("pagopa_payment", "PagopaPayment"),
            Map.entry("qonto_fee", "QontoFee"),
            Map.entry("cheque", "Check"));

    private static final Set<String> FIELDS = fieldNames(blank());

    private TransactionDocument() {
    }

    private static Set<String> fieldNames(ObjectNode document) {
        Set<String> names = new HashSet<>();
        document.fieldNames().forEachRemaining(names::add);
        return Set.copyOf(names);
    }

    /** {@return every field, null or empty, so that the key order is the same for all transactions} */
    public static ObjectNode blank() {
        ObjectNode tx = Json.object();
        for (String field : new String[] {"id", "transaction_id", "amount", "amount_cents", "settled_balance",
                "settled_balance_cents"}) {
            tx.putNull(field);
        }
        tx.set("attachment_ids", Json.array());
        for (String field : new String[] {"logo", "local_amount", "local_amount_cents", "side", "operation_type",
                "currency", "local_currency", "label", "clean_counterparty_name", "settled_at", "emitted_at",
                "updated_at", "created_at", "status", "note", "reference", "vat_amount", "vat_amount_cents",
                "vat_rate", "initiator_id"}) {
            tx.putNull(field);
        }
        tx.set("label_ids", Json.array());
        tx.put("attachment_lost", false).put("attachment_required", false);
        for (String field : new String[] {"card_last_digits", "category", "cashflow_category",
                "cashflow_subcategory", "subject_type", "bank_account_id"}) {
            tx.putNull(field);
        }
        tx.put("is_external_transaction", false);
        for (String field : new String[] {"transfer", "income", "swift_income", "direct_debit", "check",
                "financing_installment", "pagopa_payment", "direct_debit_collection", "direct_debit_hold"}) {
            tx.putNull(field);
        }
        return tx;
    }

    /**
     * The completed debit a settled SEPA transfer books on its account: the transfer's amount, reference and
     * note, the beneficiary as counterparty. Ids and the settled balance are the caller's to set.
     *
     * @param settledAt when the debit settled, also its last update
     */
    public static ObjectNode transferDebit(ObjectNode transfer, ObjectNode beneficiary, String settledAt,
            String createdAt) {
        ObjectNode tx = blank();
        amount(tx, "EUR", transfer.get("amount_cents").asLong());
        tx.put("side", "debit");
        operationType(tx, "transfer");
        String name = beneficiary.get("name").asText();
        tx.put("label", name).put("clean_counterparty_name", name)
                .put("settled_at", settledAt)
                .put("emitted_at", transfer.get("processed_at").asText())
                .put("updated_at", settledAt)
                .put("created_at", createdAt)
                .put("status", "completed")
                .put("reference", transfer.get("reference").asText())
                .put("note", transfer.get("note").asText(null))
                .put("initiator_id", transfer.get("initiator_id").asText())
                .put("attachment_required", true)
                .put("category", beneficiary.get("activity_tag").asText(null))
                .put("bank_account_id", transfer.get("bank_account_id").asText());
        counterparty(tx, beneficiary.get("iban").asText(), beneficiary.get("bic").asText(null));
        return tx;
    }

    public static boolean isField(String name) {
        return FIELDS.contains(name);
    }

    /** Sets the amount, and the same amount as the local (original) amount. */
    public static void amount(ObjectNode tx, String currency, long cents) {
        tx.put("amount", Money.number(cents)).put("amount_cents", cents).put("currency", currency);
        localAmount(tx, currency, cents);
    }

    /** The amount in the currency the operation was made in, e.g. a card payment in USD. */
    public static void localAmount(ObjectNode tx, String currency, long cents) {
        tx.put("local_amount", Money.number(cents)).put("local_amount_cents", cents).put("local_currency", currency);
    }

    public static void operationType(ObjectNode tx, String operationType) {
        tx.put("operation_type", operationType).put("subject_type", SUBJECT_TYPES.getOrDefault(operationType, null));
    }

    /**
     * Changes the operation type of a transaction, moving its counterparty sub-object to the field of the new
     * type, or dropping it when the new type has none.
     */
    public static void changeOperationType(ObjectNode tx, String operationType) {
        String from = COUNTERPARTY_FIELDS.get(tx.path("operation_type").asText());
        JsonNode counterparty = from == null ? null : tx.get(from);
        if (from != null) {
            tx.putNull(from);
        }
        operationType(tx, operationType);
        String to = COUNTERPARTY_FIELDS.get(operationType);
        if (to != null && counterparty != null) {
            tx.set(to, counterparty);
        }
    }

    /** Fills the counterparty sub-object matching the operation type, if that type has one. */
    public static void counterparty(ObjectNode tx, String iban, String bic) {
        String field = COUNTERPARTY_FIELDS.get(tx.path("operation_type").asText());
        if (field != null) {
            tx.set(field, Json.object()
                    .put("counterparty_account_number", iban)
                    .put("counterparty_account_number_format", "IBAN")
                    .put("counterparty_bank_identifier", bic)
                    .put("counterparty_bank_identifier_format", "SWIFT_BIC"));
        }
    }

    public static void named(ObjectNode tx, String field, String name) {
        tx.set(field, name == null ? null : Json.object().put("name", name));
    }

    /** The signed effect of a completed transaction on its account balance, in cents. */
    public static long signedCents(JsonNode tx) {
        long cents = tx.get("amount_cents").asLong();
        return "debit".equals(tx.get("side").asText()) ? -cents : cents;
    }
}
