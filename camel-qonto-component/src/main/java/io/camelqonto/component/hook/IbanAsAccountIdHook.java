package io.camelqonto.component.hook;

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
 * account, looked up once (or not at all when {@code bank_account_id} is set, which Qonto prefers anyway).
 */
final class IbanAsAccountIdHook implements OperationHook {

    private static final String IBAN = "iban";
    private static final String ACCOUNT = "bank_account_id";

    @Override
    public Map<String, List<String>> query(HookContext context, Map<String, List<String>> parameters) {
        if (!parameters.containsKey(IBAN)) {
            return parameters;
        }
        Map<String, List<String>> resolved = new LinkedHashMap<>();
        if (!parameters.containsKey(ACCOUNT)) {
            resolved.put(ACCOUNT, List.of(accountIdOf(context, parameters.get(IBAN).get(0))));
        }
        parameters.forEach((name, values) -> {
            if (!name.equals(IBAN)) {
                resolved.put(name, values);
            }
        });
        return resolved;
    }

    private static String accountIdOf(HookContext context, String iban) {
        return context.client()
                .paginate(QontoCall.of(QontoOperation.LIST_BANK_ACCOUNTS).build(), BankAccount.class).stream()
                .filter(candidate -> iban.equals(Iban.normalize(candidate.iban())))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(context.subject(), IBAN,
                        "matches no bank account of the organization (" + Iban.mask(iban) + ")"))
                .id();
    }
}
