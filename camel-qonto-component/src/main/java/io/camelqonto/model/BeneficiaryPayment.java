package io.camelqonto.model;

/**
 * A payment to a SEPA beneficiary, named by id or given inline: what a Verification of Payee checks before the payment
 * goes out.
 */
public interface BeneficiaryPayment {

    /** {@return the id of a known beneficiary, or null when the beneficiary is given inline} */
    String beneficiaryId();

    /** {@return the beneficiary given inline, or null when it is named by id} */
    NewSepaBeneficiary beneficiary();
}
