package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read endpoints of labels, memberships, statements and business accounts, as Qonto's scope table has them. */
class OrganizationReadEndpointsTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();

    @ParameterizedTest
    @ValueSource(strings = {"/v2/labels", "/v2/labels/{label}", "/v2/memberships", "/v2/statements",
            "/v2/statements/{statement}", "/v2/bank_accounts/{account}"})
    void needOrganizationReadAndAcceptApiKeys(String template) {
        String path = resolve(template);
        Http withScope = Http.bearer(emulator, token("organization.read"));
        Http withoutScope = Http.bearer(emulator, token("payment.write", "request_review.write"));

        Http.Reply allowed = withScope.get(path);
        Http.Reply forbidden = withoutScope.get(path);
        Http.Reply apiKey = Http.apiKey(emulator).get(path);
        Http.Reply anonymous = Http.anonymous(emulator).get(path);

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(apiKey.status()).isEqualTo(200);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().at("/errors/0/detail").asText())
                .isEqualTo("missing required oauth scope: organization.read");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void getsOneBusinessAccountAndReportsUnknownOnes() {
        String accountId = Fixtures.mainAccountId(emulator);

        Http.Reply reply = Http.apiKey(emulator).get("/v2/bank_accounts/" + accountId);
        Http.Reply missing = Http.apiKey(emulator).get("/v2/bank_accounts/00000000-0000-0000-0000-000000000000");

        assertThat(reply.json().at("/bank_account/id").asText()).isEqualTo(accountId);
        assertThat(reply.json().at("/bank_account/main").asBoolean()).isTrue();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().at("/errors/code").asText()).isEqualTo("not_found");
    }

    private String token(String... scopes) {
        return emulator.oauth().issueTokens(Set.of(scopes)).accessToken();
    }

    private String resolve(String template) {
        return template
                .replace("{label}", firstId(emulator.store().labels()))
                .replace("{statement}", firstId(emulator.store().statements()))
                .replace("{account}", Fixtures.mainAccountId(emulator));
    }

    private static String firstId(List<Map<String, Object>> items) {
        return (String) items.get(0).get("id");
    }
}
