package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StatementsApiTest {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM-uuuu");
    private static final EmulatorClock CLOCK = EmulatorClock.at(Instant.parse("2026-02-03T09:00:00Z"));

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = QontoEmulatorExtension.builder()
            .configure(emulator -> emulator.clock(CLOCK))
            .build();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http http = Http.apiKey(emulator);

    @Test
    void listsMonthlyStatementsOfEveryQontoAccountWithQontoFields() {
        JsonNode body = http.get("/v2/statements").json();

        List<JsonNode> statements = items(body);
        List<Map<String, Object>> qontoAccounts = emulator.store().bankAccounts().stream()
                .filter(account -> Boolean.FALSE.equals(account.get("is_external_account"))).toList();
        assertThat(statements).hasSize(emulator.store().statements().size())
                .hasSizeGreaterThanOrEqualTo(3 * 12);
        assertThat(statements).extracting(s -> s.get("bank_account_id").asText()).containsOnlyElementsOf(
                qontoAccounts.stream().map(account -> (String) account.get("id")).toList());
        assertThat(statements).allSatisfy(statement -> {
            assertThat(statement.fieldNames()).toIterable().containsExactly("id", "bank_account_id", "period", "file");
            assertThat(statement.get("file").fieldNames()).toIterable()
                    .containsExactly("file_name", "file_content_type", "file_size", "file_url");
            assertThat(statement.get("period").asText()).matches("(0[1-9]|1[0-2])-20\\d{2}");
            assertThat(statement.at("/file/file_content_type").asText()).isEqualTo("application/pdf");
            assertThat(statement.at("/file/file_name").asText()).endsWith(".pdf");
            assertThat(statement.at("/file/file_size").isTextual()).isTrue();
        });
        assertThat(body.at("/meta/total_count").asInt()).isEqualTo(statements.size());
    }

    @Test
    void sortsByPeriodAsTimeNotAsText() {
        List<YearMonth> descending = periods(items(http.get("/v2/statements").json()));
        List<YearMonth> ascending = periods(items(http.get("/v2/statements?sort_by=period:asc").json()));

        assertThat(descending).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(ascending).isSortedAccordingTo(YearMonth::compareTo);
        assertThat(ascending.get(0).getYear()).isLessThan(ascending.get(ascending.size() - 1).getYear());
        assertThat(descending.get(0)).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void filtersByAccountIdOrIbanButNotBoth() {
        Map<String, Object> account = emulator.store().bankAccounts().get(1);
        String accountId = (String) account.get("id");
        String iban = (String) account.get("iban");

        List<JsonNode> byId = items(http.get("/v2/statements?bank_account_ids[]=" + accountId).json());
        List<JsonNode> byIban = items(http.get("/v2/statements?ibans[]=" + iban).json());
        List<JsonNode> twoAccounts = items(http.get("/v2/statements?bank_account_ids[]=" + accountId
                + "&bank_account_ids[]=" + Fixtures.mainAccountId(emulator)).json());
        Http.Reply both = http.get("/v2/statements?bank_account_ids[]=" + accountId + "&ibans[]=" + iban);

        assertThat(byId).isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("bank_account_id").asText()).isEqualTo(accountId));
        assertThat(ids(byIban)).isEqualTo(ids(byId));
        assertThat(twoAccounts).hasSize(2 * byId.size());
        assertThat(items(http.get("/v2/statements?bank_account_ids[]=unknown").json())).isEmpty();
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.json().at("/errors/0/code").asText()).isEqualTo("mutually_exclusive");
        assertThat(both.json().at("/errors/0/source/parameter").asText()).isEqualTo("ibans[]");
    }

    @Test
    void filtersByAnInclusiveRangeOfMonthsWrittenAsMonthsOrDates() {
        List<JsonNode> months = items(http.get("/v2/statements?period_from=11-2025&period_to=12-2025").json());
        List<JsonNode> dates = items(http.get("/v2/statements?period_from=2025-11-20&period_to=2025-12-01").json());
        List<JsonNode> from = items(http.get("/v2/statements?period_from=12-2025").json());
        List<JsonNode> to = items(http.get("/v2/statements?period_to=01-2025").json());

        assertThat(periods(months)).containsOnly(YearMonth.of(2025, 11), YearMonth.of(2025, 12)).hasSize(6);
        assertThat(ids(dates)).isEqualTo(ids(months));
        assertThat(periods(from)).containsOnly(YearMonth.of(2025, 12)).hasSize(3);
        assertThat(periods(to)).isNotEmpty().allSatisfy(p -> assertThat(p).isBeforeOrEqualTo(YearMonth.of(2025, 1)));
    }

    @Test
    void refusesBadPeriodsAndSortOrders() {
        Http.Reply month = http.get("/v2/statements?period_from=13-2025");
        Http.Reply text = http.get("/v2/statements?period_to=last-month");
        Http.Reply sort = http.get("/v2/statements?sort_by=created_at:desc");

        assertThat(month.status()).isEqualTo(422);
        assertThat(month.json().at("/errors/0/code").asText()).isEqualTo("invalid_date");
        assertThat(month.json().at("/errors/0/source/parameter").asText()).isEqualTo("period_from");
        assertThat(text.json().at("/errors/0/source/parameter").asText()).isEqualTo("period_to");
        assertThat(sort.status()).isEqualTo(422);
        assertThat(sort.json().at("/errors/0/code").asText()).isEqualTo("not_in_list");
        assertThat(sort.json().at("/errors/0/source/parameter").asText()).isEqualTo("sort_by");
    }

    @Test
    void pagesStatements() {
        int total = emulator.store().statements().size();
        List<String> ids = new ArrayList<>();
        Integer page = 1;
        while (page != null) {
            JsonNode body = http.get("/v2/statements?per_page=10&page=" + page).json();
            body.get("statements").forEach(s -> ids.add(s.get("id").asText()));
            page = body.at("/meta/next_page").isNull() ? null : body.at("/meta/next_page").asInt();
        }

        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
    }

    @Test
    void getsOneStatementAndReportsUnknownOnes() {
        JsonNode listed = items(http.get("/v2/statements").json()).get(4);

        JsonNode fetched = http.get("/v2/statements/" + listed.get("id").asText()).json().get("statement");
        Http.Reply missing = http.get("/v2/statements/00000000-0000-0000-0000-000000000000");

        assertThat(fetched.get("period")).isEqualTo(listed.get("period"));
        assertThat(fetched.get("bank_account_id")).isEqualTo(listed.get("bank_account_id"));
        assertThat(fetched.at("/file/file_name")).isEqualTo(listed.at("/file/file_name"));
        assertThat(fetched.at("/file/file_size")).isEqualTo(listed.at("/file/file_size"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().at("/errors/code").asText()).isEqualTo("not_found");
    }

    @Test
    void servesTheFileAtItsPresignedUrlWithoutCredentials() {
        JsonNode statement = items(http.get("/v2/statements").json()).get(0);
        String url = statement.at("/file/file_url").asText();

        Http.Reply file = Http.anonymous(emulator).get(pathAndQuery(url));

        assertThat(url).startsWith(emulator.baseUrl() + "/_files/statements/" + statement.get("id").asText() + ".pdf?");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(file.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + statement.at("/file/file_name").asText() + "\"");
        assertThat(file.body()).startsWith("%PDF-1.4").contains(statement.get("period").asText()).endsWith("%%EOF\n");
        assertThat(file.body().getBytes(StandardCharsets.ISO_8859_1))
                .hasSize(Integer.parseInt(statement.at("/file/file_size").asText()));
    }

    @Test
    void refusesFileUrlsThatAreUnsignedTamperedWithOrExpired() {
        JsonNode statements = http.get("/v2/statements").json().get("statements");
        String url = pathAndQuery(statements.at("/0/file/file_url").asText());
        String otherId = statements.at("/1/id").asText();
        Http anonymous = Http.anonymous(emulator);

        Http.Reply unsigned = anonymous.get(url.substring(0, url.indexOf('?')));
        Http.Reply tampered = anonymous.get(url.substring(0, url.length() - 1) + (url.endsWith("0") ? "1" : "0"));
        Http.Reply otherFile = anonymous.get(url.replace(statements.at("/0/id").asText(), otherId));
        Http.Reply posted = anonymous.post(url, "{}");
        CLOCK.advance(Duration.ofMinutes(29));
        Http.Reply stillValid = anonymous.get(url);
        CLOCK.advance(Duration.ofMinutes(2));
        Http.Reply expired = anonymous.get(url);

        assertThat(unsigned.status()).isEqualTo(403);
        assertThat(unsigned.header("Content-Type")).isEqualTo("application/xml");
        assertThat(unsigned.body()).contains("<Code>AccessDenied</Code>");
        assertThat(tampered.status()).isEqualTo(403);
        assertThat(tampered.body()).contains("<Code>SignatureDoesNotMatch</Code>");
        assertThat(otherFile.body()).contains("<Code>SignatureDoesNotMatch</Code>");
        assertThat(posted.status()).isEqualTo(403);
        assertThat(stillValid.status()).isEqualTo(200);
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.body()).contains("<Code>AccessDenied</Code>").contains("expired");
        JsonNode fresh = http.get("/v2/statements").json().at("/statements/0/file/file_url");
        assertThat(anonymous.get(pathAndQuery(fresh.asText())).status()).isEqualTo(200);
    }

    @Test
    void servesFilesOutsideTheApiRateLimitButNotOutsideInjectedFaults() {
        String url = pathAndQuery(http.get("/v2/statements").json().at("/statements/0/file/file_url").asText());
        emulator.rateLimits().set(1, Duration.ofMinutes(1));
        http.get("/v2/organization");

        assertThat(http.get("/v2/organization").status()).isEqualTo(429);
        assertThat(Http.anonymous(emulator).get(url).status()).isEqualTo(200);
        emulator.faults().inject(FaultRule.builder().path("/_files/").status(503).build());
        assertThat(Http.anonymous(emulator).get(url).status()).isEqualTo(503);
        assertThat(emulator.journal().matching("GET", "/_files/statements/")).hasSize(2);
    }

    private static List<JsonNode> items(JsonNode body) {
        return StreamSupport.stream(body.get("statements").spliterator(), false).toList();
    }

    private static List<YearMonth> periods(List<JsonNode> statements) {
        return statements.stream().map(s -> YearMonth.parse(s.get("period").asText(), PERIOD)).toList();
    }

    private static List<String> ids(List<JsonNode> statements) {
        return statements.stream().map(s -> s.get("id").asText()).toList();
    }

    private static String pathAndQuery(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
