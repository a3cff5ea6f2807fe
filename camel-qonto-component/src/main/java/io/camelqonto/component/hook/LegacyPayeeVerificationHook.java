package io.camelqonto.component.hook;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.model.LegacyBeneficiary;
import io.camelqonto.model.NewExternalTransfer;

/**
 * A legacy external transfer goes out with the proof of a Verification of Payee of its legacy beneficiary, looked up
 * by id; as for SEPA transfers, the proof of an earlier try (or the one the route hands in) is sent again unchanged.
 */
final class LegacyPayeeVerificationHook implements OperationHook {

    @Override
    public void beforeSend(WriteContext write) {
        String token = write.state().proofToken();
        if (token == null) {
            NewExternalTransfer transfer = (NewExternalTransfer) write.payload();
            LegacyBeneficiary beneficiary = write.client().call(QontoCall.of(QontoOperation.GET_LEGACY_BENEFICIARY)
                    .pathParam("id", transfer.beneficiaryId()).build(), LegacyBeneficiary.class);
            String iban = beneficiary.bankAccount() == null ? null : beneficiary.bankAccount().iban();
            token = write.client().payeeProofToken(iban, beneficiary.name(), PayeeVerificationHook.accepted(write));
        }
        write.state().keepProofToken(token);
        write.call().topLevelField("vop_proof_token", token);
    }
}
