package io.camelqonto.component.producer;

import java.io.File;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.MultipartBody;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.UploadFile;
import io.camelqonto.client.catalog.Names;
import io.camelqonto.component.QueryParameters;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * The body of an upload, from the message: the file is the body ({@code File}, {@code Path}, {@code byte[]},
 * {@code InputStream} or a file consumer's {@code GenericFile}; a list of them where the row's file field repeats),
 * named by {@code CamelQontoFileName}, else the {@code fileName} option, else {@code CamelFileName}, else the file's own
 * name, and typed by {@code CamelQontoContentType}, else the {@code contentType} option, else {@code Content-Type},
 * else the name's extension. Files on disk are read again on each attempt, a stream cached by Camel is rewound; a
 * plain stream is sent once.
 */
final class UploadBodies {

    private static final String FILE_NAME = "file_name";
    private static final String CONTENT_TYPE = "content_type";

    private final String subject;

    UploadBodies(String subject) {
        this.subject = subject;
    }

    /**
     * @param textFields the row's inputs, sent as text fields after the files
     * @throws InvalidInputException naming the body, the file name or the media type when the upload cannot be sent
     */
    MultipartBody of(QontoOperation operation, Message message, QueryParameters parameters,
            Map<String, Object> textFields) {
        List<Object> sources = sources(operation, message.getBody());
        MultipartBody.Builder body = MultipartBody.builder();
        for (int i = 0; i < sources.size(); i++) {
            String field = sources.size() == 1 ? "body" : "body[" + i + "]";
            boolean alone = sources.size() == 1;
            String name = alone ? chosen(message, parameters, FILE_NAME, Exchange.FILE_NAME) : null;
            String type = alone ? chosen(message, parameters, CONTENT_TYPE, Exchange.CONTENT_TYPE) : null;
            UploadFile file = file(sources.get(i), name, type, message, field);
            check(operation, file, field);
            body.file(operation.filePart(), file);
        }
        textFields.forEach((name, value) -> body.text(name, value instanceof Collection<?> values
                ? String.join(",", values.stream().map(String::valueOf).toList()) : String.valueOf(value)));
        return body.build();
    }

    /** The files of the body: one, or several where the file field is a repeated one ({@code name[][file]}). */
    private List<Object> sources(QontoOperation operation, Object body) {
        if (body == null) {
            throw new InvalidInputException(subject, "body", "is required: the file to upload (a File, Path, byte[],"
                    + " InputStream or a file consumer's file)");
        }
        List<Object> sources = body instanceof Collection<?> many ? new ArrayList<>(many)
                : body instanceof Object[] array ? Arrays.asList(array) : List.of(body);
        if (sources.isEmpty()) {
            throw new InvalidInputException(subject, "body", "holds no file to upload");
        }
        if (sources.size() > 1 && !operation.filePart().contains("[]")) {
            throw new InvalidInputException(subject, "body", "holds " + sources.size() + " files; "
                    + operation.resource() + " " + operation.action() + " uploads one");
        }
        return sources;
    }

    /** The option's header, else the option, else Camel's own header; null when none is set. */
    private static String chosen(Message message, QueryParameters parameters, String qontoName, String camelHeader) {
        String own = message.getHeader("CamelQonto" + Names.pascalName(qontoName), String.class);
        if (own != null && !own.isBlank()) {
            return own;
        }
        List<String> option = parameters.get(qontoName);
        if (option != null && !option.isEmpty()) {
            return option.get(0);
        }
        String camel = message.getHeader(camelHeader, String.class);
        return camel == null || camel.isBlank() ? null : camel;
    }

    private UploadFile file(Object source, String name, String type, Message message, String field) {
        if (source instanceof File file) {
            return UploadFile.of(file.toPath(), name, type);
        }
        if (source instanceof Path path) {
            return UploadFile.of(path, name, type);
        }
        if (source instanceof WrappedFile<?> wrapped) {
            // a file consumer's file: the file on disk when there is one, else what it holds
            Object held = wrapped.getFile() instanceof File file ? file : wrapped.getBody();
            return file(held, name, type, message, field);
        }
        if (source instanceof byte[] bytes) {
            return UploadFile.of(bytes, named(name, field), type);
        }
        if (source instanceof StreamCache cache && source instanceof InputStream stream) {
            // Camel keeps the stream's bytes (in memory or spooled to disk): rewound for each attempt, never closed
            return UploadFile.reopening(() -> {
                cache.reset();
                return new FilterInputStream(stream) {
                    @Override
                    public void close() {
                        // the cache stays readable for the route
                    }
                };
            }, named(name, field), type, cache.length());
        }
        if (source instanceof InputStream stream) {
            return UploadFile.of(stream, named(name, field), type);
        }
        throw new InvalidInputException(subject, field, "cannot be uploaded from " + source.getClass().getName()
                + " (give a File, Path, byte[], InputStream or a file consumer's file)");
    }

    private String named(String name, String field) {
        if (name == null) {
            throw new InvalidInputException(subject, FILE_NAME, "is required for the file of the " + field
                    + ": set the CamelQontoFileName or CamelFileName header, or the fileName option");
        }
        return name;
    }

    private void check(QontoOperation operation, UploadFile file, String field) {
        if (file.length() == 0) {
            throw new InvalidInputException(subject, field, "is an empty file");
        }
        List<String> allowed = operation.fileMediaTypes();
        if (!allowed.isEmpty() && !allowed.contains(file.contentType())) {
            throw new InvalidInputException(subject, CONTENT_TYPE, "of " + file.fileName() + " must be one of "
                    + String.join(", ", allowed) + " (got " + file.contentType() + ")");
        }
    }
}
