package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The organization's one-time connection to the payment-link provider: the account payments arrive on
 * ({@code userBankAccountId}), the customer's phone number and website, and where the provider sends the customer
 * back after onboarding ({@code partnerCallbackUrl}). Undeclared keys are sent as given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewPaymentLinkConnection(String partnerCallbackUrl, String userBankAccountId, String userPhoneNumber,
        String userWebsiteUrl, String businessDescription,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param partnerCallbackUrl  where the provider sends the customer once onboarding is done
     * @param userBankAccountId   the id of the account payments arrive on
     * @param userPhoneNumber     the organization's phone number
     * @param userWebsiteUrl      the organization's website
     * @param businessDescription what the organization sells
     * @param otherFields         the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public NewPaymentLinkConnection {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("payment link connection");
        if (DocumentChecks.present(validation, "partner_callback_url", partnerCallbackUrl)) {
            DocumentChecks.url(validation, "partner_callback_url", partnerCallbackUrl);
        }
        DocumentChecks.present(validation, "user_bank_account_id", userBankAccountId);
        if (DocumentChecks.present(validation, "user_phone_number", userPhoneNumber)
                && !userPhoneNumber.trim().matches("^\\+?[\\d .-]{6,20}$")) {
            validation.add("user_phone_number", "must be a phone number such as +33612345678");
        }
        if (DocumentChecks.present(validation, "user_website_url", userWebsiteUrl)) {
            DocumentChecks.url(validation, "user_website_url", userWebsiteUrl);
        }
        validation.throwIfInvalid();
    }

    /** Without the phone number. */
    @Override
    public String toString() {
        return "NewPaymentLinkConnection[userBankAccountId=" + userBankAccountId + ", userWebsiteUrl="
                + userWebsiteUrl + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
