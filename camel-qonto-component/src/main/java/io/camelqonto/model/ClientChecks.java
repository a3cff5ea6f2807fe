package io.camelqonto.model;

import java.util.List;

/** The checks a client's fields get, whether the client is created or changed. */
final class ClientChecks {

    private ClientChecks() {
    }

    static void check(Validation validation, String kind, String email, List<String> extraEmails, Client.Phone phone,
            String currency, String locale, ClientAddress billingAddress, ClientAddress deliveryAddress) {
        DocumentChecks.word(validation, "kind", kind, "company, individual or freelancer");
        DocumentChecks.email(validation, "email", email);
        DocumentChecks.emails(validation, "extra_emails", extraEmails);
        if (phone != null) {
            if (phone.countryCode() != null && !phone.countryCode().matches("^\\+?\\d{1,4}$")) {
                validation.add("phone.country_code", "must be a calling code such as +33");
            }
            if (phone.number() != null && !phone.number().matches("^[\\d .-]{4,20}$")) {
                validation.add("phone.number", "must be a phone number of digits");
            }
        }
        DocumentChecks.currency(validation, "currency", currency, false);
        DocumentChecks.locale(validation, "locale", locale);
        address(validation, "billing_address", billingAddress);
        address(validation, "delivery_address", deliveryAddress);
    }

    private static void address(Validation validation, String field, ClientAddress address) {
        if (address != null) {
            DocumentChecks.country(validation, field + ".country_code", address.countryCode());
        }
    }
}
