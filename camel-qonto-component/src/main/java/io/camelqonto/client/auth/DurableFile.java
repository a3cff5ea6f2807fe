package io.camelqonto.client.auth;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * A properties file of secrets that survives a crash and a power loss, readable by its owner only. A write goes to a
 * temporary file that is forced to disk, then replaces the old file atomically, and the directory is forced to disk
 * too, so that the rename itself is durable: once {@link #write} returns the new content is on disk, and a crash at
 * any point leaves either the old content or the new one, never half of it.
 */
public final class DurableFile {

    private final Path file;
    private final String what;

    /**
     * @param file the file's path
     * @param what what the file holds, for error messages, e.g. {@code OAuth token file}
     */
    public DurableFile(Path file, String what) {
        this.file = file;
        this.what = what;
    }

    /** {@return the file's path} */
    public Path path() {
        return file;
    }

    /** {@return whether the file exists} */
    public boolean exists() {
        return Files.exists(file);
    }

    /**
     * {@return the properties, empty when the file does not exist}
     *
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    public Properties read() {
        Properties props = new Properties();
        if (!Files.exists(file)) {
            return props;
        }
        try (var in = Files.newBufferedReader(file)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what + " " + file.getFileName(), e);
        }
        return props;
    }

    /**
     * Replaces the content; durable when it returns.
     *
     * @param props   the new content
     * @param comment the comment at the top of the file, or null
     */
    public void write(Properties props, String comment) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                restrictToOwner(tmp);
                writeDurably(tmp, props, comment);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                forceDirectory(dir);
            } catch (IOException | RuntimeException e) {
                // the temporary file holds the secrets: it must not stay behind
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + what + " " + file.getFileName(), e);
        }
    }

    private static void writeDurably(Path path, Properties props, String comment) throws IOException {
        StringWriter text = new StringWriter();
        props.store(text, comment);
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /**
     * Forces the directory entry of the renamed file to disk. Only POSIX systems can open a directory for that; on
     * others (Windows) the rename is journaled by the file system itself.
     */
    private static void forceDirectory(Path dir) throws IOException {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: rely on the directory's permissions
        }
    }

    @Override
    public String toString() {
        return "DurableFile[" + file.getFileName() + "]";
    }
}
