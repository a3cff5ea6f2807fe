package io.camelqonto.examples.flows;

import java.math.BigDecimal;

import io.camelqonto.model.ApprovalRequest;

/**
 * The amount in euros up to which transfer requests are approved without a human. Qonto sends request amounts as
 * decimal strings ("1250.00"), so they are compared here as numbers: compared as text, "50.00" would be above
 * "1000.00". An amount in another currency is not comparable with the limit, so it is never covered.
 */
public class ApprovalLimit {

    private BigDecimal amount;

    /** The limit in euros, a decimal such as {@code 1000.00}; a request of exactly this amount is approved. */
    public void setAmount(String amount) {
        this.amount = new BigDecimal(amount);
    }

    public boolean covers(ApprovalRequest request) {
        return "EUR".equals(request.currency()) && new BigDecimal(request.amount()).compareTo(amount) <= 0;
    }
}
