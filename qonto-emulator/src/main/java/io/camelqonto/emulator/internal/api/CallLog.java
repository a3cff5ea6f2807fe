package io.camelqonto.emulator.internal.api;

import io.camelqonto.emulator.internal.http.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operations the emulators of one JVM answered without an error, for a build to find the operations its tests
 * never call. It records only when the system property {@value #PROPERTY} names a directory: the JVM then appends to
 * a file of its own there, {@code <pid>.calls}, so that test JVMs forked side by side never write to the same file,
 * and a JVM that is killed keeps what it wrote. Each operation is one line, its method and path template
 * ({@code GET /v2/transactions/{id}}), written the first time it is answered; later answers only look the line up in
 * a set, and without the property an answer costs one null check.
 */
public final class CallLog {

    /** The system property naming the directory of the logs. */
    public static final String PROPERTY = "qonto.emulator.callLog";
    /** How a log's file name ends. */
    public static final String SUFFIX = ".calls";

    private static final CallLog OF_THIS_JVM = create(System.getProperty(PROPERTY));

    /** Null when nothing is recorded. */
    private final Path file;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    private CallLog(Path file) {
        this.file = file;
    }

    /** {@return the log every emulator of this JVM records to: the one {@value #PROPERTY} names, else none} */
    public static CallLog ofThisJvm() {
        return OF_THIS_JVM;
    }

    /** @param directory where this JVM's file goes, or null or blank to record nothing */
    static CallLog create(String directory) {
        return directory == null || directory.isBlank() ? new CallLog(null)
                : new CallLog(Path.of(directory).resolve(ProcessHandle.current().pid() + SUFFIX));
    }

    /** Records the operation if it answered without an error and this JVM has not recorded it yet. */
    void answered(Endpoint endpoint, ApiResponse response) {
        if (file == null || response.status() >= 400) {
            return;
        }
        String line = endpoint.method() + " " + endpoint.path();
        if (logged.add(line)) {
            append(line);
        }
    }

    /** A failure to write becomes the call's 500: a log that misses calls would report false gaps. */
    private synchronized void append(String line) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the call log " + file + " that " + PROPERTY
                    + " asks for", e);
        }
    }
}
