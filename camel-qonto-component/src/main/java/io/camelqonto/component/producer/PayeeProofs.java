package io.camelqonto.component.producer;

import java.util.Set;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.error.QontoPayeeVerificationException;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.PayeeVerification;
import io.camelqonto.model.SepaBeneficiary;

/**
 * Runs the Verification of Payee a SEPA transfer needs and returns its proof token. The producer does this itself,
 * rather than leaving it to {@link QontoClient#createSepaTransfer}, because it must know the token: when Qonto asks for
 * SCA, the replay has to carry the original proof, so the token travels with the exchange in a header.
 */
final class PayeeProofs {

    private PayeeProofs() {
    }

    /**
     * @param transfer a validated transfer
     * @throws QontoPayeeVerificationException when the match result is not accepted; nothing was created then
     */
    static String obtain(QontoClient client, NewSepaTransfer transfer, Set<String> acceptedMatchResults) {
        String iban;
        String name;
        if (transfer.beneficiary() != null) {
            iban = transfer.beneficiary().iban();
            name = transfer.beneficiary().name();
        } else {
            SepaBeneficiary beneficiary = client.call(QontoCall.of(QontoOperation.GET_SEPA_BENEFICIARY)
                    .pathParam("id", transfer.beneficiaryId()).build(), SepaBeneficiary.class);
            iban = beneficiary.iban();
            name = beneficiary.name();
        }
        PayeeVerification verification = client.verifyPayee(iban, name);
        if (!acceptedMatchResults.contains(verification.matchResult())) {
            throw new QontoPayeeVerificationException("Verification of Payee answered " + verification.matchResult()
                    + ", accepted are " + acceptedMatchResults
                    + " (option acceptedMatchResults): no transfer was created",
                    verification.matchResult(), verification.matchedName());
        }
        if (verification.proofToken() == null) {
            throw new QontoPayeeVerificationException("Verification of Payee answered without a proof token:"
                    + " no transfer was created", verification.matchResult(), verification.matchedName());
        }
        return verification.proofToken();
    }
}
