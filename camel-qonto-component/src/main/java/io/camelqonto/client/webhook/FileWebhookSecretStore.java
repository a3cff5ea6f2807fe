package io.camelqonto.client.webhook;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import io.camelqonto.client.auth.DurableFile;

/**
 * Keeps webhook secrets in a properties file readable by its owner only, written atomically and forced to disk
 * before {@link #save} returns (see {@link DurableFile}), so that a managed subscription keeps its secret across
 * restarts, crashes and power losses. Several endpoints may share one file.
 */
public final class FileWebhookSecretStore implements WebhookSecretStore {

    private final DurableFile file;

    /**
     * A store in this file, created on the first save.
     *
     * @param file the properties file; several endpoints may share it
     */
    public FileWebhookSecretStore(Path file) {
        this.file = new DurableFile(file, "webhook secret file");
    }

    /** {@return the properties file the secrets are kept in} */
    public Path file() {
        return file.path();
    }

    @Override
    public synchronized Optional<String> load(String subscriptionKey) {
        return Optional.ofNullable(file.read().getProperty(subscriptionKey));
    }

    @Override
    public synchronized void save(String subscriptionKey, String secret) {
        Properties secrets = file.read();
        secrets.setProperty(subscriptionKey, secret);
        file.write(secrets, "Qonto webhook secrets: keep secret");
    }

    @Override
    public synchronized void remove(String subscriptionKey) {
        Properties secrets = file.read();
        if (secrets.remove(subscriptionKey) != null) {
            file.write(secrets, "Qonto webhook secrets: keep secret");
        }
    }

    @Override
    public String toString() {
        return "FileWebhookSecretStore[" + file.path().getFileName() + "]";
    }
}
