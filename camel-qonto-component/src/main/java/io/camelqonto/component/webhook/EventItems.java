package io.camelqonto.component.webhook;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelqonto.client.QontoJson;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Action;
import io.camelqonto.client.catalog.CursorField;
import io.camelqonto.client.webhook.WebhookEvent;
import io.camelqonto.client.webhook.WebhookTopic;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.component.QontoConstants;
import io.camelqonto.component.QontoResource;
import io.camelqonto.component.ResultHeaders;
import io.camelqonto.component.consumer.QontoConsumer;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.QontoModel;
import org.apache.camel.Message;

/**
 * What an event puts on the route's message: the same body and headers as the polling consumer of the resource the
 * topic reports on (the model of its list, or of its read for a single object, in the chosen output type), plus the
 * event's id, type, name and time. A topic without such a resource in the catalog gives the event's data as a map.
 */
final class EventItems {

    private final String resource;
    private final QontoOperation row;
    private final CursorField cursorField;
    private final ResultHeaders results;

    private EventItems(String resource, QontoOperation row, CursorField cursorField, ResultHeaders results) {
        this.resource = resource;
        this.row = row;
        this.cursorField = cursorField;
        this.results = results;
    }

    /** @param endpointResource the endpoint's path: the topic, or a resource of the same name */
    static EventItems of(WebhookTopic topic, QontoResource endpointResource, QontoConfiguration configuration) {
        QontoOperation row = topic.resource()
                .flatMap(name -> QontoResource.all().stream().filter(r -> r.name().equals(name)).findFirst())
                .flatMap(r -> Optional.ofNullable(r.operations().getOrDefault(Action.list,
                        r.operations().get(Action.get))))
                .orElse(null);
        CursorField cursorField = endpointResource.consumedOperation()
                .map(list -> QontoConsumer.cursorField(list, configuration.getCursorField())).orElse(null);
        return new EventItems(endpointResource.name(), row, cursorField, new ResultHeaders(configuration.getOutputType()));
    }

    /**
     * The event's resource as the route gets it.
     *
     * @throws InvalidInputException when its data do not fit the resource's model
     */
    Object decode(WebhookEvent event) {
        ObjectNode data = event.resource();
        if (row == null) {
            return QontoJson.mapper().convertValue(data, Map.class);
        }
        try {
            return QontoJson.mapper().treeToValue(data, row.resultType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException("webhook event " + event.id(), "data",
                    "cannot be read as a " + row.resultType().getSimpleName());
        }
    }

    void apply(Message message, WebhookEvent event, Object item) {
        if (row != null) {
            results.apply(message, row, item);
        } else {
            Map<?, ?> fields = (Map<?, ?>) item;
            message.setBody(results.render(item));
            setOrRemove(message, QontoConstants.ID, fields.get("id"));
            setOrRemove(message, QontoConstants.STATUS, fields.get("status"));
        }
        message.setHeader(QontoConstants.RESOURCE, resource);
        setOrRemove(message, QontoConstants.CURSOR, cursorValue(item));
        message.setHeader(QontoConstants.EVENT_ID, event.id());
        message.setHeader(QontoConstants.EVENT_TYPE, event.type());
        setOrRemove(message, QontoConstants.EVENT_NAME, event.event());
        setOrRemove(message, QontoConstants.EVENT_CREATED_AT, event.createdAt());
    }

    String id(Object item) {
        if (item instanceof QontoModel model) {
            return model.id();
        }
        Object id = item instanceof Map<?, ?> fields ? fields.get("id") : null;
        return id == null ? null : id.toString();
    }

    /** The value of the consumer's cursor field; null when the resource has no cursor or the item no value yet. */
    Instant cursorValue(Object item) {
        return cursorField == null || row == null ? null : cursorField.valueOf(item);
    }

    private static void setOrRemove(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        } else {
            message.removeHeader(header);
        }
    }
}
