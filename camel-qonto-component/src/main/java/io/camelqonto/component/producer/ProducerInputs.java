package io.camelqonto.component.producer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.camelqonto.client.QontoJson;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Action;
import io.camelqonto.client.catalog.Names;
import io.camelqonto.client.catalog.Parameter;
import io.camelqonto.client.catalog.ValueKind;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.component.QontoConstants;
import io.camelqonto.component.ParameterValues;
import io.camelqonto.component.QontoResource;
import io.camelqonto.component.QueryParameters;
import io.camelqonto.component.hook.OperationHook;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.QontoInput;
import io.camelqonto.model.QontoModel;
import org.apache.camel.Message;

/**
 * Reads what an operation needs from the message, by the rules its catalog row implies, and validates it, so that
 * invalid input fails with an {@link InvalidInputException} naming the header, option or field before anything is
 * sent. One rule for every operation: a path parameter {@code id} comes from {@code CamelQontoId}, any other from
 * {@code CamelQonto<Name>}; else, for the object a collection is read under (the transaction of
 * {@code transactionAttachments}), from the endpoint's {@code parentId} option; else from the body's field of that
 * name. An input comes from {@code CamelQonto<Name>}, else the endpoint's option, else (for a list of ids) the body.
 */
final class ProducerInputs {

    private static final String ID = "id";

    private final QontoResource resource;
    private final QontoConfiguration configuration;
    private final String subject;
    /** The endpoint's {@code parentId} option, or null. */
    private final String parentId;
    /** The path parameters naming the object the resource's collection is read under; empty for most resources. */
    private final Set<String> parentParameters;

    ProducerInputs(QontoResource resource, QontoConfiguration configuration, String parentId) {
        this.resource = resource;
        this.configuration = configuration;
        this.subject = "qonto:" + resource.name();
        this.parentId = parentId == null || parentId.isBlank() ? null : parentId;
        this.parentParameters = resource.consumedOperation()
                .map(list -> list.pathParameters().stream().map(Parameter::name).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** Header, else option, else the resource's default; checked against what the resource allows. */
    QontoOperation operation(Message message) {
        Object header = message.getHeader(QontoConstants.OPERATION);
        if (header != null) {
            Action action = header instanceof Action a ? a : Arrays.stream(Action.values())
                    .filter(candidate -> candidate.name().equals(header.toString().trim())).findFirst().orElse(null);
            if (action == null) {
                throw new InvalidInputException(subject, QontoConstants.OPERATION, "'" + header + "' is not an"
                        + " operation of " + resource.name() + "; allowed: " + resource.actionNames());
            }
            return resource.operation(action, QontoConstants.OPERATION);
        }
        if (configuration.getOperation() != null) {
            return resource.operation(configuration.getOperation(), "operation");
        }
        if (resource.defaultAction() == null) {
            throw new InvalidInputException(subject, "operation", "is required: set the operation option or the "
                    + QontoConstants.OPERATION + " header to one of: " + resource.actionNames());
        }
        return resource.operations().get(resource.defaultAction());
    }

    /** The path parameters of the operation, by Qonto name. */
    Map<String, String> pathValues(QontoOperation operation, Message message) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : operation.pathParameters()) {
            String header = ID.equals(parameter.name()) ? QontoConstants.ID : header(parameter);
            boolean parent = parentParameters.contains(parameter.name());
            String value = message.getHeader(header, String.class);
            if (value == null && parent) {
                value = parentId;
            }
            if (value == null) {
                value = bodyField(message.getBody(), parameter.name());
            }
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(subject, header, "is required: it must hold the " + parameter.name()
                        + " of the object to " + operation.action() + (parent ? " (or set the parentId option)" : ""));
            }
            values.put(parameter.name(), ParameterValues.normalize(parameter, header, value, subject).get(0));
        }
        return values;
    }

    /**
     * The validated payload: what a hook makes of the body, else the upload of an operation that sends a file, else
     * the body as the row's body type, else the row's inputs as a map; null when the operation sends nothing.
     */
    Object payload(QontoOperation operation, List<OperationHook> hooks, Message message, QueryParameters parameters) {
        for (OperationHook hook : hooks) {
            Object payload = hook.payload(message.getBody(), subject);
            if (payload != null) {
                return payload;
            }
        }
        if (operation.filePart() != null) {
            Map<String, Object> textFields = fields(operation, message, parameters);
            return new UploadBodies(subject).of(operation, message, parameters, textFields);
        }
        if (operation.bodyType() != null) {
            Object body = QontoBodyConverter.convertStrictly(readableBody(message, operation.bodyType()),
                    operation.bodyType(), operation.resource() + " " + operation.action(), operation.requestWrapper());
            if (body instanceof QontoInput input) {
                input.validate();
            }
            return body;
        }
        if (operation.inputs().isEmpty()) {
            return null;
        }
        return fields(operation, message, parameters);
    }

    /** The row's inputs that are set, by Qonto name. */
    private Map<String, Object> fields(QontoOperation operation, Message message, QueryParameters parameters) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Parameter input : operation.inputs()) {
            Object value = input(operation, input, message, parameters);
            if (value != null) {
                fields.put(input.name(), value);
            }
        }
        return fields;
    }

    /**
     * The body as the converter reads it: as it is when it is the model, a Map, JSON text or bytes; else what Camel's
     * type converters make of it as text (a file from a file consumer, a Reader), so JSON files feed a route as is.
     */
    private static Object readableBody(Message message, Class<?> type) {
        Object body = message.getBody();
        if (body == null || type.isInstance(body) || body instanceof Map<?, ?> || body instanceof CharSequence
            || body instanceof byte[] || body instanceof java.io.InputStream
            || body instanceof com.fasterxml.jackson.databind.JsonNode) {
            return body instanceof CharSequence text ? text.toString() : body;
        }
        String text = message.getBody(String.class);
        return text != null ? text : body;
    }

    private Object input(QontoOperation operation, Parameter input, Message message, QueryParameters parameters) {
        String header = header(input);
        Object raw = message.getHeader(header);
        String source = header;
        List<String> values;
        if (raw != null) {
            values = ParameterValues.normalize(input, header, raw, subject);
        } else {
            values = parameters.get(input.name());
            source = input.option();
            if (values == null && input.kind() == ValueKind.IDS) {
                values = idsFromBody(message);
                source = "body";
            }
        }
        if (values == null || values.isEmpty()) {
            if (input.required()) {
                throw new InvalidInputException(subject, header, "is required to " + operation.action() + ": set the"
                        + " header or the " + input.option() + " option (" + input.description() + ")");
            }
            return null;
        }
        if (input.kind().multiValued()) {
            return values;
        }
        return values.size() == 1 ? values.get(0) : invalid(source, "takes one value");
    }

    private Object invalid(String field, String reason) {
        throw new InvalidInputException(subject, field, reason);
    }

    /** Ids from the body (a List, a comma list, or a model), else from {@code CamelQontoId}. */
    private List<String> idsFromBody(Message message) {
        Object body = message.getBody();
        List<Object> raw = new ArrayList<>();
        if (body instanceof List<?> list) {
            for (Object item : list) {
                raw.add(item instanceof QontoModel model ? model.id() : item);
            }
        } else if (body instanceof String text && !text.isBlank()) {
            raw.add(text);
        } else if (body instanceof QontoModel model && model.id() != null) {
            raw.add(model.id());
        } else if (message.getHeader(QontoConstants.ID) != null) {
            raw.add(message.getHeader(QontoConstants.ID, String.class));
        }
        if (raw.isEmpty()) {
            return null;
        }
        Parameter ids = new Parameter("ids", ValueKind.IDS, List.of(), true, "");
        return ParameterValues.normalize(ids, "ids", raw, subject);
    }

    private static String header(Parameter parameter) {
        return "CamelQonto" + Names.pascalName(parameter.baseName());
    }

    /** The value of a field of a model or map body, by Qonto name; null when the body has no such field. */
    private static String bodyField(Object body, String name) {
        if (body instanceof Map<?, ?> map) {
            Object value = map.containsKey(name) ? map.get(name) : map.get(Names.camelName(name));
            return value == null ? null : value.toString();
        }
        if (body instanceof QontoModel model) {
            var node = QontoJson.mapper().valueToTree(model).get(name);
            return node == null || node.isNull() ? null : node.asText();
        }
        return null;
    }
}
