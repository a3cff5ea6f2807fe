package io.camelqonto.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.entity.mime.AbstractContentBody;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

/**
 * The {@code multipart/form-data} entity of one attempt of an upload. The boundary is the call's, so that every attempt
 * sends the same bytes; each file is opened when the entity is written, streamed, and closed.
 */
final class MultipartEntities {

    private static final ContentType TEXT = ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8);
    /** Without the ISO-8859-1 charset HttpClient's own constant names, which is not what the fields are written in. */
    private static final ContentType FORM = ContentType.create("multipart/form-data");

    private MultipartEntities() {
    }

    static HttpEntity entity(MultipartBody body, String boundary) {
        MultipartEntityBuilder builder = MultipartEntityBuilder.create()
                // RFC 7578: file names beyond ASCII go out as UTF-8
                .setMode(HttpMultipartMode.EXTENDED)
                .setContentType(FORM)
                .setCharset(StandardCharsets.UTF_8)
                .setBoundary(boundary);
        for (MultipartBody.Part part : body.parts()) {
            if (part.file() == null) {
                builder.addTextBody(part.name(), part.text(), TEXT);
            } else {
                builder.addPart(part.name(), new FileContent(part.file()));
            }
        }
        return builder.build();
    }

    /** A file part read from its source only while it is written. */
    private static final class FileContent extends AbstractContentBody {

        private final UploadFile file;

        FileContent(UploadFile file) {
            super(ContentType.parse(file.contentType()));
            this.file = file;
        }

        @Override
        public String getFilename() {
            return file.fileName();
        }

        @Override
        public long getContentLength() {
            return file.length();
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (InputStream in = file.open()) {
                in.transferTo(out);
            }
        }
    }
}
