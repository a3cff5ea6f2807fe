package io.camelqonto.component.hook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.error.QontoPayeeVerificationException;
import io.camelqonto.model.BulkPayeeVerification;
import io.camelqonto.model.NewBulkTransfer;
import io.camelqonto.model.PayeeVerificationBatch;
import io.camelqonto.model.SepaBeneficiary;

/**
 * A bulk transfer goes out with one proof of a bulk Verification of Payee covering exactly its payees, each verified
 * under its client transfer id. The bulk is sent only when every payee's match result is accepted; the proof of an
 * earlier try (or the one the route hands in, from a bulk verification or a skipped one) is sent again unchanged.
 */
final class BulkPayeeVerificationHook implements OperationHook {

    @Override
    public void beforeSend(WriteContext write) {
        String token = write.state().proofToken();
        if (token == null) {
            token = verify(write.client(), (NewBulkTransfer) write.payload(),
                    QontoClient.accepted(PayeeVerificationHook.accepted(write)));
        }
        write.state().keepProofToken(token);
        write.call().topLevelField("vop_proof_token", token);
    }

    private static String verify(QontoClient client, NewBulkTransfer bulk, Set<String> accepted) {
        BulkPayeeVerification verification = client.call(QontoCall.of(QontoOperation.VERIFY_PAYEES)
                .body(payees(client, bulk)).build(), BulkPayeeVerification.class);
        List<String> refused = new ArrayList<>();
        String firstRefusal = null;
        String firstMatchedName = null;
        for (BulkPayeeVerification.Result result : verification.requests() == null
                ? List.<BulkPayeeVerification.Result>of() : verification.requests()) {
            if (!accepted.contains(result.matchResult())) {
                refused.add(result.id() + " (" + (result.matchResult() != null ? result.matchResult()
                        : result.errorCode()) + ")");
                if (firstRefusal == null) {
                    firstRefusal = result.matchResult() != null ? result.matchResult() : result.errorCode();
                    firstMatchedName = result.response() == null ? null : result.response().matchedName();
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new QontoPayeeVerificationException("Verification of Payee did not accept " + refused.size()
                    + " of " + bulk.bulkTransfers().size() + " payees (accepted are " + accepted + "): "
                    + String.join(", ", refused) + "; no transfer was created", firstRefusal, firstMatchedName);
        }
        if (verification.proofToken() == null) {
            throw new QontoPayeeVerificationException("Bulk Verification of Payee answered without a proof token:"
                    + " no transfer was created", null, null);
        }
        return verification.proofToken();
    }

    /** Each transfer's payee under its client transfer id; a beneficiary named by id is looked up once. */
    private static PayeeVerificationBatch payees(QontoClient client, NewBulkTransfer bulk) {
        Map<String, SepaBeneficiary> known = new HashMap<>();
        List<PayeeVerificationBatch.Payee> payees = new ArrayList<>();
        for (NewBulkTransfer.Item item : bulk.bulkTransfers()) {
            if (item.beneficiary() != null) {
                payees.add(new PayeeVerificationBatch.Payee(item.clientTransferId(), item.beneficiary().name(),
                        item.beneficiary().iban()));
            } else {
                SepaBeneficiary beneficiary = known.computeIfAbsent(item.beneficiaryId(), id -> client.call(
                        QontoCall.of(QontoOperation.GET_SEPA_BENEFICIARY).pathParam("id", id).build(),
                        SepaBeneficiary.class));
                payees.add(new PayeeVerificationBatch.Payee(item.clientTransferId(), beneficiary.name(),
                        beneficiary.iban()));
            }
        }
        return new PayeeVerificationBatch(payees);
    }
}
