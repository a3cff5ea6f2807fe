package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PaginationTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http http = Http.apiKey(emulator);

    @Test
    void describesEachPageInMeta() {
        int total = emulator.store().requests().size();

        JsonNode first = http.get("/v2/requests?per_page=20").json();
        JsonNode second = http.get("/v2/requests?page=2&per_page=20").json();

        assertThat(first.get("requests")).hasSize(20);
        assertThat(first.at("/meta/current_page").asInt()).isEqualTo(1);
        assertThat(first.at("/meta/prev_page").isNull()).isTrue();
        assertThat(first.at("/meta/next_page").asInt()).isEqualTo(2);
        assertThat(first.at("/meta/total_count").asInt()).isEqualTo(total);
        assertThat(first.at("/meta/total_pages").asInt()).isEqualTo((total + 19) / 20);
        assertThat(first.at("/meta/per_page").asInt()).isEqualTo(20);
        assertThat(second.at("/meta/prev_page").asInt()).isEqualTo(1);
        assertThat(second.at("/requests/0/id").asText()).isNotEqualTo(first.at("/requests/0/id").asText());
    }

    @Test
    void walksEveryItemExactlyOnceByFollowingNextPage() {
        List<String> ids = new ArrayList<>();
        Integer page = 1;
        while (page != null) {
            JsonNode body = http.get("/v2/requests?per_page=7&page=" + page).json();
            body.get("requests").forEach(request -> ids.add(request.get("id").asText()));
            page = body.at("/meta/next_page").isNull() ? null : body.at("/meta/next_page").asInt();
        }

        assertThat(ids).hasSize(emulator.store().requests().size()).doesNotHaveDuplicates();
    }

    @Test
    void refusesAPageBeyondTheLast() {
        int totalPages = http.get("/v2/requests?per_page=50").json().at("/meta/total_pages").asInt();

        Http.Reply reply = http.get("/v2/requests?per_page=50&page=" + (totalPages + 1));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("invalid_page");
        assertThat(reply.json().at("/errors/0/source/parameter").asText()).isEqualTo("page");
    }

    @Test
    void answersAnEmptyFirstPageWhenNothingMatches() {
        JsonNode body = http.get("/v2/sepa/beneficiaries?iban[]=FR7630006000011234567890189").json();

        assertThat(body.get("beneficiaries")).isEmpty();
        assertThat(body.at("/meta/total_count").asInt()).isZero();
        assertThat(body.at("/meta/next_page").isNull()).isTrue();
    }

    @Test
    void ignoresCurrentPage() {
        JsonNode first = http.get("/v2/requests?per_page=10").json();
        JsonNode withCurrentPage = http.get("/v2/requests?per_page=10&current_page=3").json();

        assertThat(withCurrentPage.at("/meta/current_page").asInt()).isEqualTo(1);
        assertThat(withCurrentPage.get("requests")).isEqualTo(first.get("requests"));
    }

    @Test
    void validatesPageAndPerPage() {
        assertThat(parameterError("/v2/requests?page=0")).isEqualTo("page");
        assertThat(parameterError("/v2/requests?per_page=101")).isEqualTo("per_page");
        assertThat(parameterError("/v2/requests?per_page=0")).isEqualTo("per_page");
        assertThat(parameterError("/v2/requests?page=abc")).isEqualTo("page");
    }

    @Test
    void pagesBeneficiariesByTwentyFiveByDefault() {
        JsonNode body = http.get("/v2/sepa/beneficiaries").json();

        assertThat(body.get("beneficiaries")).hasSize(25);
        assertThat(body.at("/meta/per_page").asInt()).isEqualTo(25);
        assertThat(body.at("/meta/next_page").asInt()).isEqualTo(2);
    }

    @Test
    void listsBankAccountsWithoutMeta() {
        JsonNode all = http.get("/v2/bank_accounts").json();
        JsonNode secondPage = http.get("/v2/bank_accounts?page=2&per_page=2").json();

        assertThat(all.has("meta")).isFalse();
        assertThat(all.get("bank_accounts")).hasSize(3);
        assertThat(secondPage.get("bank_accounts")).hasSize(1);
        assertThat(secondPage.at("/bank_accounts/0")).isEqualTo(all.at("/bank_accounts/2"));
    }

    private String parameterError(String path) {
        Http.Reply reply = http.get(path);
        assertThat(reply.status()).isEqualTo(422);
        return reply.json().at("/errors/0/source/parameter").asText();
    }
}
