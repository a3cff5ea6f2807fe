package io.camelqonto.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import io.camelqonto.client.ResponseDecoder.MalformedResponseException;
import io.camelqonto.client.error.QontoDecodingException;
import io.camelqonto.client.error.QontoTransportException;
import io.camelqonto.model.PageMeta;

/**
 * Reads one page of a collection straight from the bytes of Qonto's answer: the parser walks the list under the
 * operation's response root and binds each item to its model as it goes, so an item is decoded once and no tree of the
 * page is built. Decoding is as strict as everywhere else ({@link QontoJson}); an item that does not fit its model is
 * set aside as an {@link UndecodableItem} and the page goes on. Only then is the body read a second time, as a tree, to
 * hand the item's JSON along: a cost paid by the rare page that needs it.
 */
final class PageDecoder {

    private static final String META = "meta";
    private static final String TRACE_ID = "trace_id";
    private static final Map<Class<?>, ObjectReader> READERS = new ConcurrentHashMap<>();

    private PageDecoder() {
    }

    /**
     * The page in a successful answer.
     *
     * @throws MalformedResponseException when the body is not well-formed JSON, worth another attempt
     * @throws QontoTransportException    when the answer holds no list under the operation's response root
     * @throws QontoDecodingException     when the page's {@code meta} cannot be read
     */
    static <T> QontoPage<T> decode(QontoOperation operation, HttpResult result, Class<T> type)
            throws MalformedResponseException {
        ResponseDecoder.requireJsonBody(result);
        ObjectReader reader = READERS.computeIfAbsent(type, QontoJson.mapper()::readerFor);
        try (JsonParser parser = QontoJson.mapper().createParser(result.body())) {
            Page<T> page = new Page<>(operation, result, reader);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                page.readItems(parser, "");
            } else if (first == JsonToken.START_OBJECT) {
                page.readFields(parser);
            }
            if (!page.listFound) {
                throw new QontoTransportException("Qonto " + operation.method() + " " + operation.pathTemplate()
                        + " answered without the list '" + operation.responseRoot() + "'", null);
            }
            if (parser.nextToken() != null) {
                throw new MalformedResponseException("body has content after its JSON value");
            }
            return new QontoPage<>(page.items, page.meta, page.undecodable);
        } catch (StreamReadException e) {
            // the parser's message quotes the body, which may hold personal data: it is not passed on
            throw new MalformedResponseException("body is not valid JSON");
        } catch (MalformedJson e) {
            throw new MalformedResponseException("body is not valid JSON");
        } catch (IOException e) {
            // a byte array gives no other I/O failure than a malformed body
            throw new MalformedResponseException("body cannot be read");
        }
    }

    /** A mapping failure caused by a body that is not well-formed JSON, not by a value that does not fit. */
    private static final class MalformedJson extends IOException {
        MalformedJson() {
            super("malformed JSON");
        }
    }

    /** The state of one page being read. */
    private static final class Page<T> {
        private final QontoOperation operation;
        private final HttpResult result;
        private final ObjectReader reader;
        private final List<T> items = new ArrayList<>();
        private final List<UndecodableItem> undecodable = new ArrayList<>(0);
        private String traceId;
        private PageMeta meta;
        private boolean listFound;

        Page(QontoOperation operation, HttpResult result, ObjectReader reader) {
            this.operation = operation;
            this.result = result;
            this.reader = reader;
            this.traceId = result.header(HttpResult.TRACE_ID_HEADER);
        }

        /** The fields of the top-level object: the list under the response root, the meta block, and the trace id. */
        void readFields(JsonParser parser) throws IOException {
            String root = operation.responseRoot();
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                if (field.equals(root) && value == JsonToken.START_ARRAY) {
                    readItems(parser, root);
                } else if (META.equals(field) && value == JsonToken.START_OBJECT) {
                    meta = readMeta(parser);
                } else if (TRACE_ID.equals(field) && value == JsonToken.VALUE_STRING && traceId == null) {
                    traceId = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new MalformedJson();
            }
        }

        /** Binds each item of the list the parser stands at the start of; leaves the parser at its end. */
        void readItems(JsonParser parser, String path) throws IOException {
            listFound = true;
            JsonStreamContext list = parser.getParsingContext();
            int position = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw new MalformedJson();
                }
                // Qonto has been seen sending null entries; they carry nothing
                if (token != JsonToken.VALUE_NULL) {
                    try {
                        items.add(reader.readValue(parser));
                    } catch (JsonMappingException | InputCoercionException e) {
                        if (causedByMalformedJson(e)) {
                            throw new MalformedJson();
                        }
                        skipRestOfItem(parser, list);
                        undecodable.add(undecodableItem(path, position, e));
                    }
                }
                position++;
            }
        }

        private PageMeta readMeta(JsonParser parser) throws IOException {
            try {
                return QontoJson.mapper().readValue(parser, PageMeta.class);
            } catch (JsonMappingException e) {
                if (causedByMalformedJson(e)) {
                    throw new MalformedJson();
                }
                throw ResultMapper.decodingFailure(operation, result.status(), traceId, null,
                        ResultMapper.join(META, e.getPath()), ResultMapper.reason(e));
            }
        }

        /**
         * Moves the parser to the last token of the item whose binding failed, wherever inside it the binder stopped,
         * so that the next item is read from its start.
         */
        private static void skipRestOfItem(JsonParser parser, JsonStreamContext list) throws IOException {
            while (parser.getParsingContext() != list) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    throw new MalformedJson();
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                }
            }
        }

        /** The item set aside, with its JSON taken from a tree of the whole body (read only now). */
        private UndecodableItem undecodableItem(String path, int position, IOException e) throws IOException {
            JsonNode body = QontoJson.mapper().readTree(result.body());
            JsonNode list = path.isEmpty() ? body : body.get(path);
            JsonNode item = list.get(position);
            JsonNode id = item.isObject() ? item.get("id") : null;
            String itemId = id != null && id.isTextual() ? id.asText() : null;
            String at = path + "[" + position + "]";
            QontoDecodingException error = e instanceof JsonMappingException mapping
                    ? ResultMapper.decodingFailure(operation, result.status(), traceId, itemId,
                            ResultMapper.join(at, mapping.getPath()), ResultMapper.reason(mapping))
                    : ResultMapper.decodingFailure(operation, result.status(), traceId, itemId, at,
                            ResultMapper.OUT_OF_RANGE);
            return new UndecodableItem(position, itemId, item.toString(), error);
        }

        /** Whether a binding failure came from the tokenizer (a broken body) rather than from a value. */
        private static boolean causedByMalformedJson(Throwable failure) {
            for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof StreamReadException && !(cause instanceof InputCoercionException)) {
                    return true;
                }
            }
            return false;
        }
    }
}
