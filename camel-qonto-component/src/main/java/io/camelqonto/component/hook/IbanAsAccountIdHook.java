package io.camelqonto.component.hook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.model.BankAccount;
import io.camelqonto.model.Iban;
import io.camelqonto.model.InvalidInputException;

/**
 * No IBAN goes out in a URL, where HTTP-level logs print it: an {@code iban} filter goes out as the id of that
 * account ({@code bank_account_id}), an {@code ibans[]} filter as {@code bank_account_ids[]}, looked up once. Where
 * the account filter is set too, Qonto prefers it and the IBANs are dropped.
 */
final class IbanAsAccountIdHook implements OperationHook {

    /** IBAN parameter to the account parameter it becomes. */
    private static final Map<String, String> ACCOUNT_OF = Map.of("iban", "bank_account_id",
            "ibans[]", "bank_account_ids[]");

    @Override
    public Map<String, List<String>> query(HookContext context, Map<String, List<String>> parameters) {
        if (ACCOUNT_OF.keySet().stream().noneMatch(parameters::containsKey)) {
            return parameters;
        }
        Map<String, List<String>> resolved = new LinkedHashMap<>();
        List<BankAccount> accounts = null;
        for (Map.Entry<String, String> pair : ACCOUNT_OF.entrySet()) {
            List<String> ibans = parameters.get(pair.getKey());
            if (ibans != null && !parameters.containsKey(pair.getValue())) {
                if (accounts == null) {
                    accounts = context.client()
                            .paginate(QontoCall.of(QontoOperation.LIST_BANK_ACCOUNTS).build(), BankAccount.class)
                            .stream().toList();
                }
                List<String> ids = new ArrayList<>();
                for (String iban : ibans) {
                    ids.add(accountIdOf(context, accounts, pair.getKey(), iban));
                }
                resolved.put(pair.getValue(), List.copyOf(ids));
            }
        }
        parameters.forEach((name, values) -> {
            if (!ACCOUNT_OF.containsKey(name)) {
                resolved.put(name, values);
            }
        });
        return resolved;
    }

    private static String accountIdOf(HookContext context, List<BankAccount> accounts, String parameter,
            String iban) {
        return accounts.stream()
                .filter(candidate -> iban.equals(Iban.normalize(candidate.iban())))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(context.subject(), parameter.replace("[]", ""),
                        "matches no bank account of the organization (" + Iban.mask(iban) + ")"))
                .id();
    }
}
