package io.camelqonto.component.producer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.component.QontoConstants;
import io.camelqonto.component.QontoModels;
import io.camelqonto.component.QontoOperations;
import io.camelqonto.component.QontoResource;
import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.Iban;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.SepaBeneficiaryUpdate;
import io.camelqonto.model.Validation;
import org.apache.camel.Message;

/**
 * Reads what an operation needs from the message (the object id, the request type, the payload) and validates it, so
 * that invalid input fails with an {@link InvalidInputException} naming the header, option or field, before anything
 * is sent.
 */
final class ProducerInputs {

    private static final List<String> REQUEST_TYPES = List.of(ApprovalRequest.TYPE_TRANSFER,
            ApprovalRequest.TYPE_MULTI_TRANSFER, ApprovalRequest.TYPE_FLASH_CARD, ApprovalRequest.TYPE_VIRTUAL_CARD);

    private final QontoResource resource;
    private final QontoConfiguration configuration;
    private final String subject;

    ProducerInputs(QontoResource resource, QontoConfiguration configuration) {
        this.resource = resource;
        this.configuration = configuration;
        this.subject = "qonto:" + resource.name();
    }

    /** The id of the object the operation acts on, from {@code CamelQontoId}. */
    String id(Message message) {
        String id = message.getHeader(QontoConstants.ID, String.class);
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(subject, QontoConstants.ID,
                    "is required: the header must hold the id of the object to act on");
        }
        return id.trim();
    }

    /** The plural path segment of the request type, from {@code CamelQontoRequestType} or an ApprovalRequest body. */
    String requestTypeSegment(Message message) {
        String type = message.getHeader(QontoConstants.REQUEST_TYPE, String.class);
        if (type == null && message.getBody() instanceof ApprovalRequest request) {
            type = request.requestType();
        }
        if (type == null || type.isBlank()) {
            throw new InvalidInputException(subject, QontoConstants.REQUEST_TYPE,
                    "is required: the header (or an ApprovalRequest body) must name the request type, one of: "
                    + String.join(", ", REQUEST_TYPES));
        }
        String trimmed = type.trim();
        // the plural path segment (transfers) is accepted as well as the singular type (transfer)
        String singular = trimmed.endsWith("s") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        if (!REQUEST_TYPES.contains(singular)) {
            throw new InvalidInputException(subject, QontoConstants.REQUEST_TYPE,
                    "'" + type + "' is not one of: " + String.join(", ", REQUEST_TYPES));
        }
        return ApprovalRequest.pathSegment(singular);
    }

    /** The validated payload of an operation, or null when it sends none. */
    Object payload(QontoOperations operation, Message message) {
        return switch (operation) {
            case create -> creation(message.getBody());
            case update -> beneficiaryUpdate(message.getBody());
            case approve -> approval(message);
            case decline -> declination(message);
            case untrust -> Map.of("ids", untrustIds(message));
            default -> null;
        };
    }

    /** Name and IBAN to verify: a NewSepaBeneficiary (or Map, JSON), or a NewSepaTransfer naming one inline. */
    NewSepaBeneficiary payee(Object body) {
        NewSepaBeneficiary payee = body instanceof NewSepaTransfer transfer && transfer.beneficiary() != null
                ? transfer.beneficiary()
                : QontoBodyConverter.convert(body, NewSepaBeneficiary.class, "payee verification");
        Validation.of("payee verification")
                .required("name", payee.name())
                .maxLength("name", payee.name(), 140)
                .required("iban", payee.iban())
                .iban("iban", payee.iban())
                .throwIfInvalid();
        return payee;
    }

    private Object creation(Object body) {
        if (resource == QontoResource.sepaTransfer) {
            NewSepaTransfer transfer = QontoBodyConverter.convert(body, NewSepaTransfer.class, "SEPA transfer");
            transfer.validate();
            return transfer;
        }
        NewSepaBeneficiary beneficiary = QontoBodyConverter.convert(body, NewSepaBeneficiary.class, "SEPA beneficiary");
        beneficiary.validate();
        return beneficiary;
    }

    private static SepaBeneficiaryUpdate beneficiaryUpdate(Object body) {
        SepaBeneficiaryUpdate update
                = QontoBodyConverter.convert(body, SepaBeneficiaryUpdate.class, "SEPA beneficiary update");
        update.validate();
        return update;
    }

    private Map<String, Object> approval(Message message) {
        String debitIban = message.getHeader(QontoConstants.DEBIT_IBAN, configuration.getDebitIban(), String.class);
        Map<String, Object> body = new LinkedHashMap<>();
        if (debitIban != null && !debitIban.isBlank()) {
            if (!Iban.isValid(debitIban)) {
                throw new InvalidInputException(subject, QontoConstants.DEBIT_IBAN,
                        "is not a valid IBAN (" + Iban.mask(debitIban) + ")");
            }
            body.put("debit_iban", Iban.normalize(debitIban));
        }
        return body;
    }

    private Map<String, Object> declination(Message message) {
        String note = message.getHeader(QontoConstants.DECLINED_NOTE, configuration.getDeclinedNote(), String.class);
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(subject, QontoConstants.DECLINED_NOTE,
                    "is required to decline: set the header or the declinedNote option to the reason given to the"
                    + " requester");
        }
        return Map.of("declined_note", note);
    }

    /** Ids from the body (a List, a comma list, or a beneficiary), else from {@code CamelQontoId}. */
    private List<String> untrustIds(Message message) {
        Object body = message.getBody();
        List<String> ids;
        if (body instanceof List<?> list) {
            ids = list.stream().map(item -> item instanceof String s ? s : QontoModels.id(item)).toList();
        } else if (body instanceof String text && !text.isBlank()) {
            ids = Arrays.stream(text.split(",")).map(String::trim).toList();
        } else if (QontoModels.id(body) != null) {
            ids = List.of(QontoModels.id(body));
        } else {
            ids = List.of(id(message));
        }
        Validation validation = Validation.of(subject);
        for (int i = 0; i < ids.size(); i++) {
            validation.required("ids[" + i + "]", ids.get(i)).identifier("ids[" + i + "]", ids.get(i));
        }
        if (ids.isEmpty()) {
            validation.add("ids", "lists no beneficiary id");
        }
        validation.throwIfInvalid();
        return ids;
    }
}
