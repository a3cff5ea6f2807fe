package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The e-mail a client invoice or quote is sent with: to {@code sendTo} (at least one address), titled
 * {@code emailTitle}; a copy goes to the sender unless {@code copyToSelf} is false. Undeclared keys are sent as given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentEmail(List<String> sendTo, String emailTitle, String emailBody, Boolean copyToSelf,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    /**
     * Keeps its own copy of the addresses and the keys beyond the declared ones.
     *
     * @param sendTo      the addresses the e-mail goes to, at least one
     * @param emailTitle  the e-mail's subject
     * @param emailBody   the e-mail's text
     * @param copyToSelf  whether a copy goes to the sender; null means yes
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public DocumentEmail {
        sendTo = sendTo == null ? null : List.copyOf(sendTo);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * An e-mail with a title and the default body, with a copy to the sender.
     *
     * @param sendTo     the addresses the e-mail goes to, at least one
     * @param emailTitle the e-mail's subject
     * @return the e-mail
     */
    public static DocumentEmail to(List<String> sendTo, String emailTitle) {
        return new DocumentEmail(sendTo, emailTitle, null, null, null);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("e-mail");
        if (sendTo == null || sendTo.isEmpty()) {
            validation.add("send_to", "needs at least one e-mail address");
        } else {
            DocumentChecks.emails(validation, "send_to", sendTo);
        }
        DocumentChecks.present(validation, "email_title", emailTitle);
        validation.throwIfInvalid();
    }

    /** Without the addresses or the text. */
    @Override
    public String toString() {
        return "DocumentEmail[recipients=" + (sendTo == null ? 0 : sendTo.size()) + ", copyToSelf=" + copyToSelf
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
