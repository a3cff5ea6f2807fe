package io.camelqonto.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.camelqonto.client.QontoJson;
import io.camelqonto.client.QontoFile;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Names;
import io.camelqonto.client.catalog.ResultValue;
import io.camelqonto.model.QontoModel;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RuntimeCamelException;

/**
 * Puts a result on a message the same way for consumers and producers: the body in the chosen output type, and as
 * headers its id, its status and the values its catalog row names ({@code CamelQonto<Name>}).
 */
public final class ResultHeaders {

    private static final Map<String, String> HEADERS = new ConcurrentHashMap<>();

    private final QontoOutputType outputType;

    /**
     * Renders results in the given output type.
     *
     * @param outputType the body's form; null means {@link QontoOutputType#model}
     */
    public ResultHeaders(QontoOutputType outputType) {
        this.outputType = outputType == null ? QontoOutputType.model : outputType;
    }

    /**
     * Sets the body and the headers of one result; a file becomes a stream with its media type, name and length.
     *
     * @param message   the message to fill
     * @param operation the operation the result comes from, whose row names the values to set as headers
     * @param result    the result, a model, a file or null
     */
    public void apply(Message message, QontoOperation operation, Object result) {
        if (result instanceof QontoFile file) {
            message.setBody(file.body());
            setOrRemove(message, Exchange.CONTENT_TYPE, file.contentType());
            setOrRemove(message, Exchange.FILE_NAME, file.fileName());
            setOrRemove(message, Exchange.CONTENT_LENGTH, file.contentLength() >= 0 ? file.contentLength() : null);
            return;
        }
        message.setBody(render(result));
        if (result instanceof QontoModel model) {
            setOrRemove(message, QontoConstants.ID, model.id());
            setOrRemove(message, QontoConstants.STATUS, model.status());
        }
        for (ResultValue value : operation.resultValues()) {
            setOrRemove(message, header(value), result == null ? null : value.valueOf(result));
        }
    }

    /**
     * Sets the body to a list of results, each in the output type.
     *
     * @param message the message to fill
     * @param items   the results
     */
    public void applyList(Message message, List<?> items) {
        if (outputType == QontoOutputType.model) {
            message.setBody(items);
            return;
        }
        List<Object> rendered = new ArrayList<>(items.size());
        if (outputType == QontoOutputType.json) {
            message.setBody(json(items));
            return;
        }
        items.forEach(item -> rendered.add(render(item)));
        message.setBody(rendered);
    }

    /**
     * The header a row's result value goes to: {@code request_type} gives {@code CamelQontoRequestType}.
     *
     * @param value a result value of a catalog row
     * @return the header's name
     */
    public static String header(ResultValue value) {
        // asked for every item a consumer delivers
        return HEADERS.computeIfAbsent(value.name(), name -> "CamelQonto" + Names.pascalName(name));
    }

    /**
     * A result in the output type: the model itself, its JSON text, or a Map of it.
     *
     * @param result a result of an operation, or null
     * @return the rendered result; null stays null
     */
    public Object render(Object result) {
        if (result == null || outputType == QontoOutputType.model) {
            return result;
        }
        if (outputType == QontoOutputType.json) {
            return json(result);
        }
        return QontoJson.mapper().convertValue(result, Map.class);
    }

    private static String json(Object value) {
        try {
            return QontoJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // models are plain records of strings, numbers and nodes: this cannot fail short of a bug
            throw new RuntimeCamelException("Cannot write a Qonto result as JSON", e);
        }
    }

    private static void setOrRemove(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        } else {
            message.removeHeader(header);
        }
    }
}
