package io.camelqonto.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.camelqonto.client.auth.FileTokenStore;
import io.camelqonto.client.auth.OAuthTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.camelqonto.client.TestClients.TOKEN_PATH;
import static io.camelqonto.client.TestClients.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Qonto invalidates a refresh token once it has been used: the rotated one must be on disk before anything relies on
 * the refresh having happened. The server of this test reads the token file, the way a restarted process would, at the
 * moment the API call with the new access token arrives.
 */
class DurableTokenFileTest {

    private static final List<Optional<OAuthTokens>> ON_DISK_WHEN_CALLED = new CopyOnWriteArrayList<>();
    private static volatile Path tokenFile;

    private static final ServeEventListener READS_THE_TOKEN_FILE = new ServeEventListener() {
        @Override
        public String getName() {
            return "reads-the-token-file";
        }

        @Override
        public void afterMatch(ServeEvent event, Parameters parameters) {
            if (event.getRequest().getUrl().startsWith("/v2/")) {
                ON_DISK_WHEN_CALLED.add(new FileTokenStore(tokenFile).load());
            }
        }
    };

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(READS_THE_TOKEN_FILE))
            .build();

    @Test
    void theRotatedRefreshTokenIsOnDiskBeforeTheNewAccessTokenIsUsed(@TempDir Path dir) throws IOException {
        tokenFile = dir.resolve("qonto-tokens.properties");
        ON_DISK_WHEN_CALLED.clear();
        wm.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("at-two", "rt-two", 3600))));
        wm.stubFor(get("/v2/organization").willReturn(okJson("{\"organization\":{\"id\":\"org-1\"}}")));

        try (QontoClient client = QontoClient.create(
                TestClients.oauth(wm, new FileTokenStore(tokenFile, OAuthTokens.ofRefreshToken("rt-one"))).build())) {
            client.execute(QontoCall.of(QontoOperation.GET_ORGANIZATION).build());
        }

        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization"))))
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer at-two");
        assertThat(ON_DISK_WHEN_CALLED).hasSize(1);
        OAuthTokens onDisk = ON_DISK_WHEN_CALLED.get(0).orElseThrow();
        assertThat(onDisk.refreshToken()).isEqualTo("rt-two");
        assertThat(onDisk.accessToken()).isEqualTo("at-two");
        // only the token file is left, readable by its owner alone
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(tokenFile);
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");
        }
    }
}
