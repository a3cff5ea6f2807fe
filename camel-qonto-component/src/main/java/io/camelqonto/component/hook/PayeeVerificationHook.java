package io.camelqonto.component.hook;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.camelqonto.model.BeneficiaryPayment;

/**
 * A transfer (single or recurring) goes out with the proof of a Verification of Payee of its beneficiary. The proof of
 * an earlier try (or the one the route hands in) is sent again unchanged, because a retry or an SCA replay must be the
 * identical request.
 */
final class PayeeVerificationHook implements OperationHook {

    static final String ACCEPTED_MATCH_RESULTS = "acceptedMatchResults";

    @Override
    public void beforeSend(WriteContext write) {
        String token = write.state().proofToken();
        if (token == null) {
            token = write.client().payeeProofToken((BeneficiaryPayment) write.payload(), accepted(write));
        }
        write.state().keepProofToken(token);
        write.call().topLevelField("vop_proof_token", token);
    }

    /** The endpoint's acceptedMatchResults option. */
    static Set<String> accepted(WriteContext write) {
        Object option = write.options().get(ACCEPTED_MATCH_RESULTS);
        return option == null ? Set.of() : Arrays.stream(option.toString().split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
