package io.camelqonto.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelqonto.model.InvalidInputException;

/**
 * A file to upload to Qonto (an attachment, a supplier invoice, an insurance document), read from its source while it
 * is sent, never held in memory by the client. A source that can be read again (a {@link Path}, bytes, or an opener)
 * is read again on each attempt, so a call that is retried sends the same file; a plain {@link InputStream} is read
 * once, so a call with it is not retried (see {@link #repeatable()}).
 */
public final class UploadFile {

    /** Opens the file's content, afresh on each call. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens the content.
         *
         * @return a stream positioned at the start of the file, which the caller closes
         * @throws IOException when the content cannot be opened
         */
        InputStream open() throws IOException;
    }

    private static final String OCTET_STREAM = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.of("pdf", "application/pdf", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "png", "image/png", "xml", "application/xml");

    private final Opener opener;
    private final String fileName;
    private final String contentType;
    private final long length;
    private final boolean repeatable;
    private final AtomicBoolean opened = new AtomicBoolean();

    private UploadFile(Opener opener, String fileName, String contentType, long length, boolean repeatable) {
        String base = fileName == null ? "" : baseName(fileName);
        if (base.isBlank()) {
            throw new InvalidInputException("upload", "file_name", "is required: Qonto stores the file under its"
                    + " name");
        }
        this.opener = opener;
        this.fileName = base;
        this.contentType = contentType == null || contentType.isBlank() ? typeOf(this.fileName)
                : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        this.length = length;
        this.repeatable = repeatable;
    }

    /**
     * A file on disk, opened on each attempt.
     *
     * @param path        the file
     * @param fileName    the name Qonto stores, or null for the file's own name
     * @param contentType its media type, or null to tell it from the name's extension
     * @return the upload
     * @throws InvalidInputException when the file cannot be read, or no name is given or found
     */
    public static UploadFile of(Path path, String fileName, String contentType) {
        Objects.requireNonNull(path, "path");
        long length;
        try {
            length = Files.size(path);
        } catch (IOException e) {
            throw new InvalidInputException("upload", "file", "cannot be read: " + e.getClass().getSimpleName());
        }
        return new UploadFile(() -> Files.newInputStream(path), fileName != null ? fileName
                : String.valueOf(path.getFileName()), contentType, length, true);
    }

    /**
     * Bytes already in memory; the array is not copied and must not change while the call runs.
     *
     * @param content     the file's bytes
     * @param fileName    the name Qonto stores
     * @param contentType its media type, or null to tell it from the name's extension
     * @return the upload
     * @throws InvalidInputException when no name is given
     */
    public static UploadFile of(byte[] content, String fileName, String contentType) {
        Objects.requireNonNull(content, "content");
        return new UploadFile(() -> new ByteArrayInputStream(content), fileName, contentType, content.length, true);
    }

    /**
     * A stream read once, as it is sent: a call carrying it is attempted once, whatever its retry policy, since what
     * was read cannot be sent again. The stream is closed once sent.
     *
     * @param content     the stream
     * @param fileName    the name Qonto stores
     * @param contentType its media type, or null to tell it from the name's extension
     * @return the upload
     * @throws InvalidInputException when no name is given
     */
    public static UploadFile of(InputStream content, String fileName, String contentType) {
        Objects.requireNonNull(content, "content");
        return new UploadFile(() -> content, fileName, contentType, -1, false);
    }

    /**
     * A source opened afresh on each attempt, e.g. a stream cached by the caller and rewound.
     *
     * @param opener      opens the content, once per attempt
     * @param fileName    the name Qonto stores
     * @param contentType its media type, or null to tell it from the name's extension
     * @param length      the length in bytes, or -1 when unknown
     * @return the upload
     * @throws InvalidInputException when no name is given
     */
    public static UploadFile reopening(Opener opener, String fileName, String contentType, long length) {
        return new UploadFile(Objects.requireNonNull(opener, "opener"), fileName, contentType, length, true);
    }

    /**
     * The media type Qonto expects for a name's extension: PDF, JPEG, PNG or XML, else application/octet-stream.
     *
     * @param fileName a file name, or null
     * @return the media type
     */
    public static String typeOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return BY_EXTENSION.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), OCTET_STREAM);
    }

    /** {@return the name without any folder, as it goes into the request} */
    public String fileName() {
        return fileName;
    }

    /** {@return the media type sent with the file: the one given, else the one its name's extension tells} */
    public String contentType() {
        return contentType;
    }

    /** {@return the length in bytes, or -1 when unknown (the request is then sent in chunks)} */
    public long length() {
        return length;
    }

    /** {@return whether the content can be read again, for another attempt of the same call} */
    public boolean repeatable() {
        return repeatable;
    }

    /**
     * Opens the content for one attempt.
     *
     * @throws IOException when a stream that is read once was already sent
     */
    InputStream open() throws IOException {
        if (!repeatable && opened.getAndSet(true)) {
            throw new IOException("the upload of " + fileName + " came as a stream, which was already sent");
        }
        return opener.open();
    }

    /** Whether an attempt already took the content of a file that cannot be read again. */
    boolean spent() {
        return !repeatable && opened.get();
    }

    private static String baseName(String name) {
        String trimmed = name.trim();
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return slash < 0 ? trimmed : trimmed.substring(slash + 1);
    }

    @Override
    public String toString() {
        return "UploadFile[fileName=" + fileName + ", contentType=" + contentType + ", length=" + length
                + ", repeatable=" + repeatable + "]";
    }
}
