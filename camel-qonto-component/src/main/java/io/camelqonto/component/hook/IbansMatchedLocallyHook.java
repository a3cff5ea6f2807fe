package io.camelqonto.component.hook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelqonto.model.Iban;
import io.camelqonto.model.LegacyBeneficiary;
import io.camelqonto.model.SepaBeneficiary;

/** The IBANs of a beneficiaries filter are matched on the listed items, so that no IBAN goes out in a URL. */
final class IbansMatchedLocallyHook implements OperationHook {

    private static final String IBANS = "iban[]";

    @Override
    public Map<String, List<String>> query(HookContext context, Map<String, List<String>> parameters) {
        if (!parameters.containsKey(IBANS)) {
            return parameters;
        }
        Map<String, List<String>> sent = new LinkedHashMap<>(parameters);
        sent.remove(IBANS);
        return sent;
    }

    @Override
    public boolean accepts(Object item, Map<String, List<String>> parameters) {
        List<String> ibans = parameters.getOrDefault(IBANS, List.of());
        return ibans.isEmpty() || ibans.contains(Iban.normalize(ibanOf(item)));
    }

    private static String ibanOf(Object item) {
        if (item instanceof SepaBeneficiary beneficiary) {
            return beneficiary.iban();
        }
        return item instanceof LegacyBeneficiary legacy && legacy.bankAccount() != null
                ? legacy.bankAccount().iban() : null;
    }

    @Override
    public boolean filtersLocally(Map<String, List<String>> parameters) {
        return parameters.containsKey(IBANS);
    }
}
