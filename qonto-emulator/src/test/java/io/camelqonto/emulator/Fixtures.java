package io.camelqonto.emulator;

import java.util.Map;
import java.util.UUID;

/** Data the tests pick from the seeded store, and request bodies they send. */
final class Fixtures {

    private Fixtures() {
    }

    static String mainAccountId(QontoEmulator emulator) {
        return (String) emulator.store().bankAccounts().stream()
                .filter(account -> Boolean.TRUE.equals(account.get("main")))
                .findFirst().orElseThrow().get("id");
    }

    static Map<String, Object> beneficiary(QontoEmulator emulator, boolean trusted) {
        return emulator.store().beneficiaries().stream()
                .filter(b -> "validated".equals(b.get("status")) && trusted == (Boolean) b.get("trusted"))
                .findFirst().orElseThrow();
    }

    /** A VoP proof token for the IBAN, from the emulator's verify_payee endpoint. */
    static String vopToken(Http oauth, String iban) {
        return oauth.post("/v2/sepa/verify_payee",
                        "{\"iban\":\"" + iban + "\",\"beneficiary_name\":\"Payee\"}")
                .json().at("/proof_token/token").asText();
    }

    static String transferTo(String accountId, String beneficiaryId, String amount, String vopToken) {
        return "{\"vop_proof_token\":\"" + vopToken + "\",\"transfer\":{\"bank_account_id\":\"" + accountId
                + "\",\"beneficiary_id\":\"" + beneficiaryId + "\",\"reference\":\"Invoice 42\",\"amount\":\""
                + amount + "\"}}";
    }

    static String idempotencyKey() {
        return UUID.randomUUID().toString();
    }
}
