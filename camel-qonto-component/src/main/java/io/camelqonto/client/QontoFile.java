package io.camelqonto.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file as Qonto serves it, not held in memory: the caller reads the stream and closes it (closing returns the
 * connection to the pool).
 *
 * @param body          the file's bytes, as they arrive
 * @param contentType   its media type, e.g. {@code application/pdf}
 * @param fileName      its name, from {@code Content-Disposition}, else Qonto's name for it; may be null
 * @param contentLength its length in bytes, or -1 when the server did not say
 */
public record QontoFile(InputStream body, String contentType, String fileName, long contentLength)
        implements AutoCloseable {

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "QontoFile[contentType=" + contentType + ", fileName=" + fileName + ", contentLength=" + contentLength
                + "]";
    }
}
