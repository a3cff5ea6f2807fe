package io.camelqonto.client.webhook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FileWebhookSecretStoreTest {

    @TempDir
    Path folder;

    @Test
    void keepsSecretsByKeyAcrossInstancesInAFileOnlyItsOwnerReads() throws IOException {
        Path file = folder.resolve("state/qonto-webhooks.properties");
        FileWebhookSecretStore store = new FileWebhookSecretStore(file);

        store.save("v1/transactions https://hooks.example.com/a", "whsec_first-0123456789abcdef0123456789");
        store.save("v1/clients https://hooks.example.com/b", "whsec_second-0123456789abcdef012345678");

        FileWebhookSecretStore reopened = new FileWebhookSecretStore(file);
        assertThat(reopened.load("v1/transactions https://hooks.example.com/a"))
                .contains("whsec_first-0123456789abcdef0123456789");
        assertThat(reopened.load("v1/clients https://hooks.example.com/b"))
                .contains("whsec_second-0123456789abcdef012345678");
        assertThat(reopened.load("v1/cards https://hooks.example.com/c")).isEmpty();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file stays behind").containsExactly(file);
        }
        assertThat(reopened.toString()).doesNotContain("whsec_");
    }

    @Test
    void forgetsARemovedSecretAndKeepsTheOthers() {
        FileWebhookSecretStore store = new FileWebhookSecretStore(folder.resolve("secrets.properties"));
        store.save("a", "whsec_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        store.save("b", "whsec_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");

        store.remove("a");

        FileWebhookSecretStore reopened = new FileWebhookSecretStore(folder.resolve("secrets.properties"));
        assertThat(reopened.load("a")).isEmpty();
        assertThat(reopened.load("b")).contains("whsec_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
    }
}
