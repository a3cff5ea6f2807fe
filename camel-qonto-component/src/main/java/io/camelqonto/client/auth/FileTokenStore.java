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
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps tokens in a file, so that a rotated refresh token survives a restart, a crash and a power loss. Writes go to
 * a temporary file that is forced to disk, then replaces the old one atomically, and the directory is forced to disk
 * too, so that the rename itself is durable: once {@link #save} returns, the new pair is on disk and the old one
 * (which Qonto is about to invalidate) is gone; a crash at any point leaves either the old or the new pair, never half
 * of one. The file is readable by its owner only, where the file system allows it.
 */
public final class FileTokenStore implements TokenStore {

    private static final String ACCESS_TOKEN = "access_token";
    private static final String REFRESH_TOKEN = "refresh_token";
    private static final String EXPIRES_AT = "expires_at";

    private final Path file;
    private final OAuthTokens initial;

    /**
     * @param file    where the tokens are kept
     * @param initial tokens to start from while the file does not exist yet (e.g. the refresh token
     *                obtained at consent); ignored once the file exists, because it then holds newer ones
     */
    public FileTokenStore(Path file, OAuthTokens initial) {
        this.file = file;
        this.initial = initial;
    }

    /**
     * A store whose file must hold tokens before the first call.
     *
     * @param file where the tokens are kept
     */
    public FileTokenStore(Path file) {
        this(file, null);
    }

    /** {@return where the tokens are kept} */
    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<OAuthTokens> load() {
        if (!Files.exists(file)) {
            return Optional.ofNullable(initial);
        }
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OAuth token file " + file.getFileName(), e);
        }
        String expires = props.getProperty(EXPIRES_AT);
        return Optional.of(new OAuthTokens(props.getProperty(ACCESS_TOKEN), props.getProperty(REFRESH_TOKEN),
                expires == null || expires.isBlank() ? null : Instant.parse(expires)));
    }

    @Override
    public synchronized void save(OAuthTokens tokens) {
        Properties props = new Properties();
        if (tokens.accessToken() != null) {
            props.setProperty(ACCESS_TOKEN, tokens.accessToken());
        }
        if (tokens.refreshToken() != null) {
            props.setProperty(REFRESH_TOKEN, tokens.refreshToken());
        }
        if (tokens.expiresAt() != null) {
            props.setProperty(EXPIRES_AT, tokens.expiresAt().toString());
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                restrictToOwner(tmp);
                writeDurably(tmp, props);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                forceDirectory(dir);
            } catch (IOException | RuntimeException e) {
                // the temporary file holds the tokens: it must not stay behind
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write OAuth token file " + file.getFileName(), e);
        }
    }

    private static void writeDurably(Path path, Properties props) throws IOException {
        StringWriter text = new StringWriter();
        props.store(text, "Qonto OAuth tokens: keep secret");
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
        return "FileTokenStore[" + file.getFileName() + "]";
    }
}
