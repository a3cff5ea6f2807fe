package io.camelqonto.component.hook;

import java.util.List;
import java.util.Map;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.QontoOperation.Hooks;

/** The one place where the hook names of the catalog's rows are bound to their code. */
public final class OperationHooks {

    private static final Map<String, OperationHook> REGISTERED = Map.ofEntries(
            Map.entry(Hooks.PAYEE_VERIFICATION, new PayeeVerificationHook()),
            Map.entry(Hooks.PAYEE_INPUT, new PayeeInputHook()),
            Map.entry(Hooks.IBAN_AS_ACCOUNT_ID, new IbanAsAccountIdHook()),
            Map.entry(Hooks.IBANS_MATCHED_LOCALLY, new IbansMatchedLocallyHook()),
            Map.entry(Hooks.REQUEST_TYPE_SEGMENT, new RequestTypeSegmentHook()),
            Map.entry(Hooks.FILE_FROM_LINK, new FileFromLinkHook()),
            Map.entry(Hooks.BULK_PAYEE_VERIFICATION, new BulkPayeeVerificationHook()),
            Map.entry(Hooks.LEGACY_PAYEE_VERIFICATION, new LegacyPayeeVerificationHook()),
            Map.entry(Hooks.CARD_BATCH, new CardBatchHook()),
            Map.entry(Hooks.SUPPLIER_INVOICE_KEYS, new SupplierInvoiceKeysHook()));

    private OperationHooks() {
    }

    /**
     * The hooks of a row, in the order the row names them.
     *
     * @param operation the row
     * @return its hooks; empty when it names none
     * @throws IllegalStateException when a row names a hook that is not registered here
     */
    public static List<OperationHook> of(QontoOperation operation) {
        return operation.hooks().stream().map(name -> {
            OperationHook hook = REGISTERED.get(name);
            if (hook == null) {
                throw new IllegalStateException(operation + " names the hook " + name + ", which is not registered");
            }
            return hook;
        }).toList();
    }

    /** {@return the names bound here, for the catalog's consistency test} */
    public static java.util.Set<String> names() {
        return REGISTERED.keySet();
    }
}
